import Foundation
import Testing

@testable import LoaderJSON

@Suite struct ParseTests {
  @Test func validFileWithAllValueKindsAndTargetForms() throws {
    let json = #"""
      {
        "meta": { "load_with": ["other-file.json", "sub/more.json"] },
        "holons": [
          {
            "key": "Book:Emerging World",
            "type": "#Book.HolonType",
            "properties": {
              "title": "Emerging World", "pages": 320, "in_print": true, "out_of_stock": false,
              "tags": ["a", "b"], "mixed": ["x", -7, false], "none": [], "delta": -9223372036854775808,
              "max": 9223372036854775807, "zero": 0, "escaped": "line\n\"q\" \u00e9 \ud83d\ude00 \/"
            },
            "relationships": [
              { "name": "AuthoredBy", "target": "Person:Roger Briggs" },
              { "name": "Cites", "target": {"$ref": "Book:Other"} },
              { "name": "RelatedTo", "target": ["Book:X", {"$ref": "Book:Y"}] }
            ]
          },
          { "key": "Person:Roger Briggs" },
          { }
        ]
      }
      """#
    let (holons, loadWith) = try parseOK(json, file: "books.json")
    #expect(loadWith == ["other-file.json", "sub/more.json"])
    try #require(holons.count == 3)
    let book = holons[0]
    #expect(book.key == "Book:Emerging World")
    #expect(book.type == "#Book.HolonType")
    #expect(book.file == "books.json")
    #expect(book.index == 0)
    #expect(
      book.properties == [
        LoaderProperty(name: "delta", value: .integer(Int64.min)),
        LoaderProperty(name: "escaped", value: .string("line\n\"q\" é 😀 /")),
        LoaderProperty(name: "in_print", value: .boolean(true)),
        LoaderProperty(name: "max", value: .integer(Int64.max)),
        LoaderProperty(
          name: "mixed", value: .array([.string("x"), .integer(-7), .boolean(false)])),
        LoaderProperty(name: "none", value: .array([])),
        LoaderProperty(name: "out_of_stock", value: .boolean(false)),
        LoaderProperty(name: "pages", value: .integer(320)),
        LoaderProperty(name: "tags", value: .array([.string("a"), .string("b")])),
        LoaderProperty(name: "title", value: .string("Emerging World")),
        LoaderProperty(name: "zero", value: .integer(0)),
      ])
    #expect(book.property("pages") == .integer(320))
    #expect(
      book.relationships == [
        LoaderRelationship(name: "DescribedBy", targets: ["#Book.HolonType"]),
        LoaderRelationship(name: "AuthoredBy", targets: ["Person:Roger Briggs"]),
        LoaderRelationship(name: "Cites", targets: ["Book:Other"]),
        LoaderRelationship(name: "RelatedTo", targets: ["Book:X", "Book:Y"]),
      ])
    #expect(
      holons[1]
        == LoaderHolon(
          key: "Person:Roger Briggs", type: nil, properties: [], relationships: [],
          file: "books.json", index: 1))
    #expect(holons[2].key == nil && holons[2].index == 2)
  }

  @Test func describedByComesFromTypeAndPrecedesExplicitRelationships() throws {
    let (holons, _) = try parseOK(
      #"""
      {"holons": [
        {"key": "A", "type": "#T", "relationships": [{"name": "R", "target": "B"}]},
        {"key": "B", "relationships": [{"name": "R", "target": "A"}]},
        {"type": "#Only"}
      ]}
      """#)
    #expect(holons[0].type == "#T")
    #expect(holons[0].relationships.map(\.name) == ["DescribedBy", "R"])
    #expect(holons[0].relationships[0].targets == ["#T"])
    #expect(holons[1].type == nil)
    #expect(holons[1].relationships.map(\.name) == ["R"])
    #expect(
      holons[2].relationships == [LoaderRelationship(name: "DescribedBy", targets: ["#Only"])])
  }

  @Test func metaAndLoadWithAreOptionalAndHolonsMayBeEmpty() throws {
    #expect(try parseOK(#"{"holons": []}"#).holons.isEmpty)
    #expect(try parseOK(#"{"meta": {}, "holons": []}"#).loadWith.isEmpty)
  }

  @Test func propertiesAreSortedByUTF8Bytes() throws {
    // Byte order: "B" (0x42) < "a" (0x61) < "b" < "é" (0xC3 0xA9) < "😀" (0xF0 ...).
    let (holons, _) = try parseOK(
      #"{"holons": [{"properties": {"😀": 1, "é": 2, "b": 3, "a": 4, "B": 5}}]}"#)
    #expect(holons[0].properties.map(\.name) == ["B", "a", "b", "é", "😀"])
  }

  @Test func booleansAndNumbersAreDistinct() throws {
    let (holons, _) = try parseOK(
      #"{"holons": [{"properties": {"t": true, "one": 1, "f": false, "z": 0}}]}"#)
    #expect(holons[0].property("t") == .boolean(true))
    #expect(holons[0].property("one") == .integer(1))
    #expect(holons[0].property("f") == .boolean(false))
    #expect(holons[0].property("z") == .integer(0))
  }

  @Test func errorDescriptionsNameFileIndexAndKey() {
    let error = LoaderError(file: "a.json", holonIndex: 2, key: "K", message: "boom")
    #expect(error.description == #"a.json: holon 2 ("K"): boom"#)
    #expect(LoaderError(file: "a.json", message: "bad").description == "a.json: bad")
    let errors = LoaderErrors(errors: [
      error, LoaderError(file: "b.json", holonIndex: 0, message: "x"),
    ])
    #expect(errors.description == "a.json: holon 2 (\"K\"): boom\nb.json: holon 0: x")
  }
}
