import Foundation

/// Path arithmetic for `load_with`: purely lexical resolution for the names
/// reported to users, plus a canonical identity used to load each file once.
enum LoadPaths {
  /// Resolves a `load_with` entry against the directory of the file naming it.
  static func resolve(_ entry: String, relativeTo referencingFile: String) -> String {
    if entry.hasPrefix("/") { return normalize(entry) }
    return normalize(directory(of: referencingFile) + "/" + entry)
  }

  /// The directory part of `path` ("." for a bare file name).
  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    if slash == path.startIndex { return "/" }
    return String(path[..<slash])
  }

  /// Removes `.` and empty components and folds `..` where possible, lexically.
  static func normalize(_ path: String) -> String {
    let isAbsolute = path.hasPrefix("/")
    var components: [Substring] = []
    for component in path.split(separator: "/", omittingEmptySubsequences: true) {
      switch component {
      case ".":
        continue
      case "..":
        if let last = components.last, last != ".." {
          components.removeLast()
        } else if !isAbsolute {
          components.append(component)
        }  // ".." at the root of an absolute path stays at the root
      default:
        components.append(component)
      }
    }
    let joined = components.joined(separator: "/")
    if isAbsolute { return "/" + joined }
    return joined.isEmpty ? "." : joined
  }

  /// A canonical absolute path (symlinks resolved when the file exists), so the
  /// same file reached by different spellings is loaded only once.
  static func identity(of path: String) -> String {
    let absolute =
      path.hasPrefix("/")
      ? path
      : FileManager.default.currentDirectoryPath + "/" + path
    let normalized = normalize(absolute)
    return URL(fileURLWithPath: normalized).resolvingSymlinksInPath().path
  }
}
