public import Foundation

/// Entry points for reading MAP's JSON holon import format.
public enum LoaderJSON {
  /// Parses one file's bytes (no load_with following).
  ///
  /// - Parameters:
  ///   - data: The file contents (UTF-8 JSON).
  ///   - file: The name to put into holons and errors.
  /// - Returns: The file's holons in order and its `meta.load_with` entries as
  ///   written, or every problem found (a JSON syntax error is a single error;
  ///   otherwise all validation errors, including duplicate keys within the file).
  public static func parse(_ data: Data, file: String) -> Result<
    (holons: [LoaderHolon], loadWith: [String]), LoaderErrors
  > {
    let decoded = decode(data, file: file)
    let errors = decoded.errors + duplicateKeyErrors(decoded.holons)
    if !errors.isEmpty { return .failure(LoaderErrors(errors: errors)) }
    return .success((decoded.holons, decoded.loadWith))
  }

  /// Reads the file at `path` and everything it (transitively) names in load_with.
  ///
  /// `load_with` entries are resolved against the directory of the file naming
  /// them. Files are visited depth-first in listed order starting with `path`
  /// itself; each file is loaded once, so cycles are harmless. The root keeps the
  /// spelling of `path`; other files are reported by their resolved path.
  /// Keys must be unique across all files. All errors of all files are returned.
  public static func load(path: String) -> Result<LoadSet, LoaderErrors> {
    struct Pending {
      var path: String
      var referencedBy: String?
      var entry: String?
    }
    var stack = [Pending(path: path, referencedBy: nil, entry: nil)]
    var visited = Set<String>()
    var files: [String] = []
    var holons: [LoaderHolon] = []
    var errors: [LoaderError] = []

    while let next = stack.popLast() {
      guard visited.insert(LoadPaths.identity(of: next.path)).inserted else { continue }
      let data: Data
      switch read(next.path) {
      case .success(let contents):
        data = contents
      case .failure(let problem):
        if let referencedBy = next.referencedBy, let entry = next.entry {
          errors.append(
            LoaderError(
              file: referencedBy,
              message: "load_with entry \"\(entry)\": file \"\(next.path)\" \(problem)"))
        } else {
          errors.append(LoaderError(file: next.path, message: "file \(problem)"))
        }
        continue
      }
      files.append(next.path)
      let decoded = decode(data, file: next.path)
      holons += decoded.holons
      errors += decoded.errors
      for entry in decoded.loadWith.reversed() {
        stack.append(
          Pending(
            path: LoadPaths.resolve(entry, relativeTo: next.path),
            referencedBy: next.path, entry: entry))
      }
    }
    errors += duplicateKeyErrors(holons)
    if !errors.isEmpty { return .failure(LoaderErrors(errors: errors)) }
    return .success(LoadSet(files: files, holons: holons))
  }

  // MARK: Internals

  /// Syntax check plus validation, without the duplicate-key check.
  static func decode(_ data: Data, file: String) -> (
    holons: [LoaderHolon], loadWith: [String], errors: [LoaderError]
  ) {
    let root: JSONValue
    do {
      root = try JSONParser.parse(data)
    } catch {
      return ([], [], [LoaderError(file: file, message: error.description)])
    }
    var decoder = FileDecoder(file: file)
    let (holons, loadWith) = decoder.decode(root)
    return (holons, loadWith, decoder.errors)
  }

  /// One error per repeated key, on the later holon, naming the first one's file.
  static func duplicateKeyErrors(_ holons: [LoaderHolon]) -> [LoaderError] {
    var firstByKey: [String: LoaderHolon] = [:]
    var errors: [LoaderError] = []
    for holon in holons {
      guard let key = holon.key else { continue }
      if let first = firstByKey[key] {
        errors.append(
          LoaderError(
            file: holon.file, holonIndex: holon.index, key: key,
            message:
              "duplicate key \"\(key)\": also defined in \(first.file) at holon \(first.index)"))
      } else {
        firstByKey[key] = holon
      }
    }
    return errors
  }

  /// Why a file could not be read, phrased to follow its name.
  private enum ReadFailure: Error, CustomStringConvertible {
    case missing, directory, unreadable(String)

    var description: String {
      switch self {
      case .missing: return "does not exist"
      case .directory: return "is a directory"
      case .unreadable(let reason): return "could not be read: \(reason)"
      }
    }
  }

  private static func read(_ path: String) -> Result<Data, ReadFailure> {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return .failure(.missing)
    }
    if isDirectory.boolValue { return .failure(.directory) }
    do {
      return .success(try Data(contentsOf: URL(fileURLWithPath: path)))
    } catch {
      return .failure(.unreadable(error.localizedDescription))
    }
  }
}
