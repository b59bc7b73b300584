/// How a Holoswift conductor marks, in the error text of a failed `call`, that it refused to nest one more zome
/// call (its bound on call depth). Holochain's guest ABI carries host errors as text (`WasmErrorInner::Host`), so
/// the refusal travels as a fixed token a guest can parse — `[[holoswift:call-depth-exceeded:16]]` — after the
/// sentence people read. Rust zomes see one more token in a message; Swift guests read the limit back typed.
///
/// ```swift
/// NestedCallRefusal.token(limit: 16)            // "[[holoswift:call-depth-exceeded:16]]"
/// NestedCallRefusal.limit(in: hostErrorText)    // 16, or nil
/// ```
public enum NestedCallRefusal {
  private static let prefix: [UInt8] = Array("[[holoswift:call-depth-exceeded:".utf8)
  private static let suffix: [UInt8] = Array("]]".utf8)

  /// The token for a refusal at `limit`.
  public static func token(limit: Int) -> String {
    "[[holoswift:call-depth-exceeded:\(limit)]]"
  }

  /// The limit named by the last refusal token in `text`, if any.
  public static func limit(in text: String) -> Int? {
    let bytes = Array(text.utf8)
    guard let start = TokenSearch.lastIndex(of: prefix, in: bytes) else { return nil }
    var value = 0
    var index = start + prefix.count
    var digits = 0
    while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39, digits < 9 {
      value = value * 10 + Int(bytes[index] - 0x30)
      index += 1
      digits += 1
    }
    guard digits > 0, bytes[index...].starts(with: suffix) else { return nil }
    return value
  }
}

/// Finding byte tokens in text, for tokens carried inside error messages.
public enum TokenSearch {
  /// Where the last occurrence of `needle` starts in `haystack`.
  public static func lastIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
    guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
    var start = haystack.count - needle.count
    while start >= 0 {
      if haystack[start] == needle[0], haystack[start..<(start + needle.count)].elementsEqual(needle) { return start }
      start -= 1
    }
    return nil
  }
}
