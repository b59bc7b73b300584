import HoloCore

/// The forum's `Post` entry as its zome takes it: `{"title": String, "content": String}`.
struct ForumPost: MsgPackEncodable, Hashable, Sendable {
  var title: String
  var content: String

  func encode(to writer: inout MsgPackWriter) {
    writer.writeMapHeader(2)
    writer.writeField("title", title)
    writer.writeField("content", content)
  }

  /// The post stored in an app entry's bytes, or `nil` when the bytes are not a post.
  init?(entryBytes: AppEntryBytes) {
    // Bytes that do not decode are simply not a post; the caller reports the mismatch.
    guard let value = try? entryBytes.decode(MsgPackValue.self),
      case .string(let title)? = value["title"], case .string(let content)? = value["content"]
    else { return nil }
    self.init(title: title, content: content)
  }

  init(title: String, content: String) {
    self.title = title
    self.content = content
  }
}
