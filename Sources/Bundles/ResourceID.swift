/// The resource id a manifest location is bundled under (mr_bundle's `resource_id_for_path`): the file name
/// of the path, or `nil` when the path ends in no file name (`.`, `..`, `dir/..`).
///
/// ```swift
/// resourceID(forPath: "../zomes/foo.wasm")   // "foo.wasm"
/// resourceID(forPath: "foo.wasm")            // "foo.wasm"
/// resourceID(forPath: "..")                  // nil
/// ```
public func resourceID(forPath path: String) -> String? {
  // Rust's `Path::parent` is `None` only for the empty path and a bare root; the id is then the path itself.
  if path.isEmpty || path.allSatisfy({ $0 == "/" }) { return path }
  // `Path::file_name` is the last normal component; `Path::components` drops empty and `.` components.
  let components = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
  guard let last = components.last, last != ".." else { return nil }
  return String(last)
}
