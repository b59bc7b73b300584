import Foundation

/// File operations with typed errors, for the file-system side of bundles.
enum FileIO {
  /// Reads a regular file of at most `maxBytes`; a directory, a device (`/dev/zero`), a FIFO or a socket is
  /// refused by its kind before anything is read, and a larger file by its size.
  static func read(_ url: URL, maxBytes: Int = BundleLimits.default.maxPackedBytes) throws(BundleError) -> [UInt8] {
    let path = display(url)
    let attributes: [FileAttributeKey: Any]
    do {
      // The attributes of what a symbolic link points to (attributesOfItem does not follow links).
      attributes = try FileManager.default.attributesOfItem(atPath: url.resolvingSymlinksInPath().path)
    } catch {
      throw failure(error, at: url)
    }
    let type = attributes[.type] as? FileAttributeType
    guard type == .typeRegular else { throw .notARegularFile(path: path, kind: kind(of: type)) }
    if let size = attributes[.size] as? Int, size > maxBytes { throw .tooLarge(what: "file", limitBytes: maxBytes) }
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw failure(error, at: url)
    }
    // The file may have grown since it was measured.
    guard data.count <= maxBytes else { throw .tooLarge(what: "file", limitBytes: maxBytes) }
    return Array(data)
  }

  private static func kind(of type: FileAttributeType?) -> String {
    switch type {
    case .typeDirectory?: return "a directory"
    case .typeCharacterSpecial?: return "a character device"
    case .typeBlockSpecial?: return "a block device"
    case .typeSocket?: return "a socket"
    case .typeSymbolicLink?: return "a dangling symbolic link"
    case nil: return "of an unknown kind"
    default:
      // Foundation has no case for FIFOs on Linux (`typeUnknown`).
      return "a FIFO or another special file"
    }
  }

  static func readText(_ url: URL) throws(BundleError) -> String {
    let bytes = try read(url)
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw .io(path: display(url), reason: "the file is not UTF-8 text")
    }
    return text
  }

  /// Writes `bytes`, creating the parent directories first.
  static func write(_ bytes: [UInt8], to url: URL) throws(BundleError) {
    try createDirectory(url.deletingLastPathComponent())
    do {
      try Data(bytes).write(to: url)
    } catch {
      throw failure(error, at: url)
    }
  }

  static func createDirectory(_ url: URL) throws(BundleError) {
    do {
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    } catch {
      throw failure(error, at: url)
    }
  }

  static func exists(_ url: URL) -> Bool {
    FileManager.default.fileExists(atPath: display(url))
  }

  static func isDirectory(_ url: URL) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: display(url), isDirectory: &isDirectory) && isDirectory.boolValue
  }

  /// The absolute, symlink-free form of an existing path (Rust's `canonicalize`).
  static func canonical(_ url: URL) throws(BundleError) -> URL {
    guard exists(url) else { throw .fileNotFound(path: display(url)) }
    return url.standardizedFileURL.resolvingSymlinksInPath()
  }

  /// `location` relative to `directory`, unless it is absolute.
  static func resolve(_ location: String, in directory: URL) -> URL {
    location.hasPrefix("/")
      ? URL(fileURLWithPath: location) : directory.appendingPathComponent(location).standardizedFileURL
  }

  /// The path for messages, without the trailing slash URLs give directories.
  static func display(_ url: URL) -> String {
    let path = url.path(percentEncoded: false)
    return path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
  }

  private static func failure(_ error: any Error, at url: URL) -> BundleError {
    if let error = error as? CocoaError, error.code == .fileReadNoSuchFile || error.code == .fileNoSuchFile {
      return .fileNotFound(path: display(url))
    }
    return .io(path: display(url), reason: error.localizedDescription)
  }
}
