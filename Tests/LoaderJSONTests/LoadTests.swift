import Foundation
import Testing

@testable import LoaderJSON

@Suite struct LoadTests {
  @Test func loadWithIsTransitiveDepthFirstRelativeAndSurvivesCycles() throws {
    let dir = try TemporaryDirectory()
    let root = try dir.write(
      "root.json",
      #"""
      {"meta": {"load_with": ["sub/a.json", "b.json"]}, "holons": [{"key": "Root"}]}
      """#)
    // Relative to sub/: ../b.json is the same file root names as b.json.
    try dir.write(
      "sub/a.json",
      #"""
      {"meta": {"load_with": ["../b.json", "deeper/c.json"]}, "holons": [{"key": "A"}]}
      """#)
    try dir.write(
      "b.json",
      #"""
      {"meta": {"load_with": ["sub/a.json", "./root.json"]}, "holons": [{"key": "B1"}, {"key": "B2"}]}
      """#)
    try dir.write(
      "sub/deeper/c.json",
      #"""
      {"meta": {"load_with": ["../../root.json", "../a.json"]}, "holons": [{"key": "C"}]}
      """#)
    let set = try loadOK(root)
    let base = dir.path
    #expect(
      set.files == [
        "\(base)/root.json", "\(base)/sub/a.json", "\(base)/b.json", "\(base)/sub/deeper/c.json",
      ])
    #expect(set.holons.map(\.key) == ["Root", "A", "B1", "B2", "C"])
    #expect(
      set.holons.map(\.file) == [
        "\(base)/root.json", "\(base)/sub/a.json", "\(base)/b.json", "\(base)/b.json",
        "\(base)/sub/deeper/c.json",
      ])
    #expect(set.holons.map(\.index) == [0, 0, 0, 1, 0])
  }

  @Test func selfReferenceLoadsOnce() throws {
    let dir = try TemporaryDirectory()
    let root = try dir.write(
      "self.json", #"{"meta": {"load_with": ["self.json"]}, "holons": [{"key": "S"}]}"#)
    let set = try loadOK(root)
    #expect(set.files == [root])
    #expect(set.holons.count == 1)
  }

  @Test func relativeRootPathKeepsItsSpelling() throws {
    let dir = try TemporaryDirectory()
    try dir.write("r/main.json", #"{"meta": {"load_with": ["x.json"]}, "holons": []}"#)
    try dir.write("r/x.json", #"{"holons": [{"key": "X"}]}"#)
    // Spell the temporary directory relative to the current directory (no chdir:
    // tests run in parallel).
    let depth = LoadPaths.normalize(FileManager.default.currentDirectoryPath).split(separator: "/")
      .count
    let relativeDir = String(repeating: "../", count: depth) + dir.path.dropFirst()
    let set = try loadOK("./" + relativeDir + "/r/./main.json")
    #expect(set.files == ["./" + relativeDir + "/r/./main.json", relativeDir + "/r/x.json"])
  }

  @Test func duplicateKeyAcrossFilesNamesBothFiles() throws {
    let dir = try TemporaryDirectory()
    let root = try dir.write(
      "one.json",
      #"{"meta": {"load_with": ["two.json"]}, "holons": [{"key": "Same"}, {"key": "Other"}]}"#)
    let two = try dir.write("two.json", #"{"holons": [{"key": "Fine"}, {"key": "Same"}]}"#)
    let errors = try loadErrors(root)
    try #require(errors.count == 1, "errors: \(errors)")
    #expect(errors[0].file == two)
    #expect(errors[0].holonIndex == 1)
    #expect(errors[0].key == "Same")
    #expect(errors[0].message.contains(root))
    #expect(errors[0].description.contains(two) && errors[0].description.contains(root))
  }

  @Test func missingLoadWithFileNamesTheReferencingFile() throws {
    let dir = try TemporaryDirectory()
    let root = try dir.write(
      "root.json", #"{"meta": {"load_with": ["sub/child.json"]}, "holons": []}"#)
    let child = try dir.write(
      "sub/child.json", #"{"meta": {"load_with": ["gone.json"]}, "holons": [{"key": "C"}]}"#)
    let errors = try loadErrors(root)
    try #require(errors.count == 1, "errors: \(errors)")
    #expect(errors[0].file == child)
    #expect(errors[0].holonIndex == nil)
    #expect(errors[0].key == nil)
    #expect(
      errors[0].message
        == "load_with entry \"gone.json\": file \"\(dir.path)/sub/gone.json\" does not exist")
  }

  @Test func missingRootFileIsAnError() throws {
    let dir = try TemporaryDirectory()
    let errors = try loadErrors(dir.path + "/nope.json")
    #expect(errors == [LoaderError(file: dir.path + "/nope.json", message: "file does not exist")])
  }

  @Test func errorsFromAllFilesAreCollected() throws {
    let dir = try TemporaryDirectory()
    let root = try dir.write(
      "root.json",
      #"{"meta": {"load_with": ["broken.json", "bad.json", "missing.json"]}, "holons": [{"key": "R", "properties": {"x": null}}]}"#
    )
    let broken = try dir.write("broken.json", #"{"holons": [}"#)
    let bad = try dir.write("bad.json", #"{"holons": [{"key": "R"}, {"key": "B", "extra": 1}]}"#)
    let errors = try loadErrors(root)
    try #require(errors.map(\.file) == [root, broken, bad, root, bad], "errors: \(errors)")
    #expect(errors[0].holonIndex == 0 && errors[0].key == "R")
    #expect(errors[1].message.hasPrefix("JSON syntax error"))
    #expect(errors[2].holonIndex == 1 && errors[2].key == "B")
    #expect(errors[3].message.contains("missing.json"))
    #expect(errors[4].holonIndex == 0 && errors[4].message.contains("duplicate key \"R\""))
  }
}
