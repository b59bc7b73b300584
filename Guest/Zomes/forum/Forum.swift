// The forum's coordinator zome: posts listed under the anchor "forum"/"all_posts", comments linked from their
// post, and a signal to the app's clients on each new post. Types are in ForumTypes.swift (shared with
// `forum_integrity`, which validates them).
//
// Exports: `init`, `create_post`, `get_post`, `update_post`, `delete_post`, `list_posts`, `add_comment`,
// `get_comments`.
import HDK

/// The anchor every post is linked from.
var allPostsAnchor: Anchor { Anchor(type: "forum", text: "all_posts") }

/// `init`: `()` → `InitCallbackResult`, always `Pass`.
@_expose(wasm, "init") @_cdecl("init")
public func initZome(_ ptr: UInt32, _ len: UInt32) -> UInt64 { initCallback(ptr, len) { .pass } }

/// `create_post`: `Post` → `ActionHash` of the new post. Links it from the "forum"/"all_posts" anchor (creating
/// the anchor's links the first time) and emits a `PostCreated` signal.
@_expose(wasm, "create_post") @_cdecl("create_post")
public func createPost(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (post: Post) throws(WasmError) -> ActionHash in
    let postHash = try createEntry(post)
    let anchorHash = try anchor(LinkTypes.anchor, type: "forum", text: "all_posts")
    _ = try createLink(base: anchorHash, target: postHash, type: LinkTypes.allPosts)
    try emitSignal(PostCreated(postHash: postHash, post: post))
    return postHash
  }
}

/// `get_post`: `ActionHash` → `Record?` (the post's record, `nil` when it cannot be found).
@_expose(wasm, "get_post") @_cdecl("get_post")
public func getPost(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (postHash: ActionHash) throws(WasmError) -> Record? in try get(postHash) }
}

/// `update_post`: `UpdatePostInput` (`{original_post_hash, updated_post}`) → `ActionHash` of the `Update`.
@_expose(wasm, "update_post") @_cdecl("update_post")
public func updatePost(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (input: UpdatePostInput) throws(WasmError) -> ActionHash in
    try updateEntry(original: input.originalPostHash, with: input.updatedPost)
  }
}

/// `delete_post`: `ActionHash` of a post → `ActionHash` of the `Delete`. Also deletes the post's links from
/// the "all_posts" anchor, so that `list_posts` no longer lists it.
@_expose(wasm, "delete_post") @_cdecl("delete_post")
public func deletePost(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (postHash: ActionHash) throws(WasmError) -> ActionHash in
    let deleteHash = try deleteEntry(postHash)
    let target = try postHash.anyLinkableHash()
    for link in try getLinks(try allPostsQuery()) where link.target == target {
      _ = try deleteLink(link.createLinkHash)
    }
    return deleteHash
  }
}

/// `list_posts`: `()` → `[ActionHash]`, the posts linked from the "all_posts" anchor.
@_expose(wasm, "list_posts") @_cdecl("list_posts")
public func listPosts(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (_: Unit) throws(WasmError) -> [ActionHash] in
    var posts: [ActionHash] = []
    for link in try getLinks(try allPostsQuery()) {
      if let post = ActionHash(link.target) { posts.append(post) }
    }
    return posts
  }
}

/// `add_comment`: `Comment` → `ActionHash` of the new comment, linked from its post.
@_expose(wasm, "add_comment") @_cdecl("add_comment")
public func addComment(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (comment: Comment) throws(WasmError) -> ActionHash in
    let commentHash = try createEntry(comment)
    _ = try createLink(base: comment.postHash, target: commentHash, type: LinkTypes.postToComments)
    return commentHash
  }
}

/// `get_comments`: `ActionHash` of a post → `[Record]`, the comments found (fetched in one `get` call).
@_expose(wasm, "get_comments") @_cdecl("get_comments")
public func getComments(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (postHash: ActionHash) throws(WasmError) -> [Record] in
    var commentHashes: [ActionHash] = []
    for link in try getLinks(LinkQuery(base: postHash, types: LinkTypes.postToComments)) {
      if let comment = ActionHash(link.target) { commentHashes.append(comment) }
    }
    var comments: [Record] = []
    for case let record? in try get(commentHashes) { comments.append(record) }
    return comments
  }
}

/// The links from the "all_posts" anchor to posts (its hash is computed; nothing is written).
func allPostsQuery() throws(WasmError) -> LinkQuery {
  try LinkQuery(base: allPostsAnchor.path.entryHash(), types: LinkTypes.allPosts)
}

/// What `update_post` takes: `{"original_post_hash": ActionHash, "updated_post": Post}`.
struct UpdatePostInput: MsgPackStructFields {
  var originalPostHash: ActionHash
  var updatedPost: Post

  var fieldCount: Int { 2 }

  func encodeFields(to writer: inout MsgPackWriter) {
    writer.writeField("original_post_hash", originalPostHash)
    writer.writeField("updated_post", updatedPost)
  }

  init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var original: ActionHash?
    var updated: Post?
    try reader.readStruct(fields: ["original_post_hash", "updated_post"]) { index, reader throws(MsgPackError) in
      if index == 0 { original = try reader.decode() } else { updated = try reader.decode() }
    }
    originalPostHash = try require(original, "original_post_hash", in: "UpdatePostInput")
    updatedPost = try require(updated, "updated_post", in: "UpdatePostInput")
  }
}

/// The signal emitted on each new post: `{"type": "PostCreated", "post_hash": ActionHash, "post": Post}`.
struct PostCreated: MsgPackEncodable {
  var postHash: ActionHash
  var post: Post

  func encode(to writer: inout MsgPackWriter) {
    writer.writeMapHeader(3)
    writer.writeField("type", "PostCreated" as StaticString)
    writer.writeField("post_hash", postHash)
    writer.writeField("post", post)
  }
}
