import Foundation
import Testing

@testable import LoaderJSON

/// One invalid document and the single error it must produce.
struct ErrorCase: Sendable, CustomTestStringConvertible {
  var name: String
  var json: String
  var index: Int?
  var key: String?
  var fragment: String
  var testDescription: String { name }
}

/// Wraps `holon` as the second holon (index 1) after a valid one.
private func second(_ holon: String) -> String {
  #"{"holons": [{"key": "Ok"}, "# + holon + "]}"
}

let errorCases: [ErrorCase] = [
  ErrorCase(
    name: "null value", json: second(#"{"key": "K", "properties": {"p": null}}"#),
    index: 1, key: "K", fragment: #"property "p": null is not allowed"#),
  ErrorCase(
    name: "null in array", json: second(#"{"key": "K", "properties": {"p": ["a", null]}}"#),
    index: 1, key: "K", fragment: #"property "p" element 1: null is not allowed"#),
  ErrorCase(
    name: "nested array", json: second(#"{"key": "K", "properties": {"p": [1, [2]]}}"#),
    index: 1, key: "K", fragment: #"property "p" element 1: nested arrays are not allowed"#),
  ErrorCase(
    name: "fraction", json: second(#"{"key": "K", "properties": {"p": 1.5}}"#),
    index: 1, key: "K", fragment: "number 1.5 is not an integer"),
  ErrorCase(
    name: "integral fraction", json: second(#"{"key": "K", "properties": {"p": 2.0}}"#),
    index: 1, key: "K", fragment: "number 2.0 is not an integer"),
  ErrorCase(
    name: "exponent", json: second(#"{"key": "K", "properties": {"p": 1e3}}"#),
    index: 1, key: "K", fragment: "number 1e3 is not an integer"),
  ErrorCase(
    name: "out of Int64", json: second(#"{"key": "K", "properties": {"p": 9223372036854775808}}"#),
    index: 1, key: "K", fragment: "9223372036854775808 is outside the 64-bit signed range"),
  ErrorCase(
    name: "object value", json: second(#"{"key": "K", "properties": {"p": {}}}"#),
    index: 1, key: "K", fragment: "objects are not allowed"),
  ErrorCase(
    name: "unknown holon member", json: second(#"{"key": "K", "colour": "red"}"#),
    index: 1, key: "K", fragment: #"unknown member "colour" in holon"#),
  ErrorCase(
    name: "unknown relationship member",
    json: second(#"{"key": "K", "relationships": [{"name": "R", "target": "X", "via": 1}]}"#),
    index: 1, key: "K", fragment: #"unknown member "via" in relationship 0 ("R")"#),
  ErrorCase(
    name: "unknown top-level member", json: #"{"holons": [], "extra": 1}"#,
    index: nil, key: nil, fragment: #"unknown member "extra" in top level"#),
  ErrorCase(
    name: "unknown meta member", json: #"{"meta": {"load": []}, "holons": []}"#,
    index: nil, key: nil, fragment: #"unknown member "load" in "meta""#),
  ErrorCase(
    name: "empty target array",
    json: second(#"{"key": "K", "relationships": [{"name": "R", "target": []}]}"#),
    index: 1, key: "K", fragment: #"relationship 0 ("R") target array must not be empty"#),
  ErrorCase(
    name: "$ref with extra member",
    json: second(
      #"{"key": "K", "relationships": [{"name": "R", "target": {"$ref": "X", "y": 1}}]}"#),
    index: 1, key: "K", fragment: #"exactly one member "$ref""#),
  ErrorCase(
    name: "$ref misspelled",
    json: second(#"{"key": "K", "relationships": [{"name": "R", "target": [{"ref": "X"}]}]}"#),
    index: 1, key: "K",
    fragment:
      #"relationship 0 ("R") target 0: a reference object must have exactly one member "$ref""#),
  ErrorCase(
    name: "$ref not a string",
    json: second(#"{"key": "K", "relationships": [{"name": "R", "target": {"$ref": 3}}]}"#),
    index: 1, key: "K", fragment: #"target "$ref" must be a string"#),
  ErrorCase(
    name: "target number",
    json: second(#"{"key": "K", "relationships": [{"name": "R", "target": 3}]}"#),
    index: 1, key: "K", fragment: "target must be a key string"),
  ErrorCase(
    name: "empty relationship name",
    json: second(#"{"key": "K", "relationships": [{"name": "", "target": "X"}]}"#),
    index: 1, key: "K", fragment: #"relationship 0 "name" must not be empty"#),
  ErrorCase(
    name: "missing target", json: second(#"{"key": "K", "relationships": [{"name": "R"}]}"#),
    index: 1, key: "K", fragment: #"relationship 0 ("R") is missing "target""#),
  ErrorCase(
    name: "empty key", json: second(##"{"key": "", "type": "#T"}"##),
    index: 1, key: nil, fragment: #""key" must not be empty"#),
  ErrorCase(
    name: "type not a string", json: second(#"{"key": "K", "type": 5}"#),
    index: 1, key: "K", fragment: #""type" must be a string, found a number"#),
  ErrorCase(
    name: "holon not an object", json: second(#""K""#),
    index: 1, key: nil, fragment: "a holon must be an object"),
  ErrorCase(
    name: "duplicate member", json: second(##"{"key": "K", "type": "#A", "type": "#B"}"##),
    index: 1, key: "K", fragment: #"duplicate member "type" in holon"#),
  ErrorCase(
    name: "missing holons", json: #"{"meta": {}}"#,
    index: nil, key: nil, fragment: #"missing required top-level member "holons""#),
  ErrorCase(
    name: "holons not an array", json: #"{"holons": {}}"#,
    index: nil, key: nil, fragment: #""holons" must be an array"#),
  ErrorCase(
    name: "top level not an object", json: #"[]"#,
    index: nil, key: nil, fragment: "the top level must be an object"),
  ErrorCase(
    name: "syntax error", json: "{\"holons\": [\n  {\"key\": \"K\",}\n]}",
    index: nil, key: nil, fragment: "JSON syntax error at line 2, column 15"),
  ErrorCase(
    name: "duplicate key in one file", json: #"{"holons": [{"key": "Ok"}, {"key": "Ok"}]}"#,
    index: 1, key: "Ok", fragment: #"duplicate key "Ok": also defined in bad.json at holon 0"#),
]

@Suite struct ErrorTests {
  @Test(arguments: errorCases)
  func eachErrorKindNamesFileIndexAndKey(_ errorCase: ErrorCase) throws {
    let errors = try parseErrors(errorCase.json, file: "bad.json")
    try #require(errors.count == 1, "errors: \(errors)")
    let error = errors[0]
    #expect(error.file == "bad.json")
    #expect(error.holonIndex == errorCase.index)
    #expect(error.key == errorCase.key)
    #expect(error.message.contains(errorCase.fragment), "message: \(error.message)")
  }

  @Test func severalErrorsInOneFileAreAllReported() throws {
    let json = #"""
      {
        "meta": {"load_with": [1]},
        "bogus": true,
        "holons": [
          {"key": "A", "properties": {"n": null, "f": 0.5, "ok": 1, "nest": [[1]]}},
          {"key": "B"},
          {"key": "C", "wat": 1, "relationships": [{"name": "R", "target": []}, {"name": "S", "target": {"$ref": "X", "z": 1}}]},
          {"key": "A"},
          7
        ]
      }
      """#
    let errors = try parseErrors(json, file: "many.json")
    let summary = errors.map {
      "\($0.holonIndex.map(String.init) ?? "-")|\($0.key ?? "-")|\($0.message)"
    }
    #expect(errors.allSatisfy { $0.file == "many.json" })
    #expect(
      summary == [
        #"-|-|"meta.load_with" entry 0 must be a string, found a number"#,
        #"-|-|unknown member "bogus" in top level (expected "meta", "holons")"#,
        #"0|A|property "n": null is not allowed"#,
        #"0|A|property "f": number 0.5 is not an integer (fractions and exponents are not allowed)"#,
        #"0|A|property "nest" element 0: nested arrays are not allowed"#,
        #"2|C|unknown member "wat" in holon (expected "key", "type", "properties", "relationships")"#,
        #"2|C|relationship 0 ("R") target array must not be empty"#,
        #"2|C|relationship 1 ("S") target: a reference object must have exactly one member "$ref", found {"$ref", "z"}"#,
        #"4|-|a holon must be an object, found a number"#,
        #"3|A|duplicate key "A": also defined in many.json at holon 0"#,
      ])
  }
}
