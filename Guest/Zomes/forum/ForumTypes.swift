// The forum's entry and link types and its entries. This file is shared by `forum_integrity` (which defines
// and validates them) and `forum` (which creates and reads them): keep the two copies identical.

import HDK

/// The forum's entry types, in index order: `post` (0) and `comment` (1), both public.
enum EntryTypes: UInt8, ZomeEntryTypes {
  case post
  case comment

  var definition: EntryTypeDefinition {
    switch self {
    case .post: EntryTypeDefinition("post")
    case .comment: EntryTypeDefinition("comment")
    }
  }
}

/// The forum's link types, in index order: `anchor` (0, the anchor tree), `allPosts` (1, from the
/// "forum"/"all_posts" anchor to each post) and `postToComments` (2, from a post to each comment).
enum LinkTypes: UInt8, ZomeLinkTypes {
  case anchor
  case allPosts
  case postToComments
}

/// A post: `{"title": String, "content": String}`.
struct Post: AppEntry, MsgPackStructFields {
  static var entryType: EntryTypes { .post }

  var title: String
  var content: String

  init(title: String, content: String) {
    self.title = title
    self.content = content
  }

  var fieldCount: Int { 2 }

  func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("title", title)
    writer.writeField("content", content)
  }

  init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var title: String?
    var content: String?
    try reader.readStruct(fields: ["title", "content"]) { index, reader throws(MsgPackError) in
      if index == 0 { title = try reader.readString() } else { content = try reader.readString() }
    }
    self.title = try require(title, "title", in: "Post")
    self.content = try require(content, "content", in: "Post")
  }
}

/// A comment on a post: `{"post_hash": ActionHash, "content": String}`.
struct Comment: AppEntry, MsgPackStructFields {
  static var entryType: EntryTypes { .comment }

  /// The `Create` action of the post commented on.
  var postHash: ActionHash
  var content: String

  init(postHash: ActionHash, content: String) {
    self.postHash = postHash
    self.content = content
  }

  var fieldCount: Int { 2 }

  func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("post_hash", postHash)
    writer.writeField("content", content)
  }

  init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var postHash: ActionHash?
    var content: String?
    try reader.readStruct(fields: ["post_hash", "content"]) { index, reader throws(MsgPackError) in
      if index == 0 { postHash = try reader.decode() } else { content = try reader.readString() }
    }
    self.postHash = try require(postHash, "post_hash", in: "Comment")
    self.content = try require(content, "content", in: "Comment")
  }
}

/// Whether `text` has a character other than ASCII whitespace.
func hasVisibleText(_ text: String) -> Bool {
  for byte in text.utf8 where byte != 0x20 && byte != 0x09 && byte != 0x0a && byte != 0x0d { return true }
  return false
}
