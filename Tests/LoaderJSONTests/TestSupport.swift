import Foundation
import Testing

@testable import LoaderJSON

/// A fresh temporary directory, removed when the value goes away.
final class TemporaryDirectory {
  let path: String

  init() throws {
    path = FileManager.default.temporaryDirectory.path + "/loader-json-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// Writes `contents` to `relativePath` (creating directories) and returns the full path.
  @discardableResult
  func write(_ relativePath: String, _ contents: String) throws -> String {
    let full = path + "/" + relativePath
    try FileManager.default.createDirectory(
      atPath: LoadPaths.directory(of: full), withIntermediateDirectories: true)
    try Data(contents.utf8).write(to: URL(fileURLWithPath: full))
    return full
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }
}

/// Parses `json` and returns the holons, recording an issue on failure.
func parseOK(
  _ json: String, file: String = "test.json", sourceLocation: SourceLocation = #_sourceLocation
) throws -> (holons: [LoaderHolon], loadWith: [String]) {
  switch LoaderJSON.parse(Data(json.utf8), file: file) {
  case .success(let result):
    return result
  case .failure(let errors):
    Issue.record("unexpected errors:\n\(errors)", sourceLocation: sourceLocation)
    throw errors
  }
}

/// Parses `json` expecting failure and returns the errors.
func parseErrors(
  _ json: String, file: String = "test.json", sourceLocation: SourceLocation = #_sourceLocation
) throws -> [LoaderError] {
  switch LoaderJSON.parse(Data(json.utf8), file: file) {
  case .success(let result):
    Issue.record(
      "expected errors, parsed \(result.holons.count) holons", sourceLocation: sourceLocation)
    throw TestFailure()
  case .failure(let errors):
    return errors.errors
  }
}

func loadOK(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> LoadSet {
  switch LoaderJSON.load(path: path) {
  case .success(let set):
    return set
  case .failure(let errors):
    Issue.record("unexpected errors:\n\(errors)", sourceLocation: sourceLocation)
    throw errors
  }
}

func loadErrors(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws
  -> [LoaderError]
{
  switch LoaderJSON.load(path: path) {
  case .success(let set):
    Issue.record(
      "expected errors, loaded \(set.holons.count) holons", sourceLocation: sourceLocation)
    throw TestFailure()
  case .failure(let errors):
    return errors.errors
  }
}

struct TestFailure: Error {}
