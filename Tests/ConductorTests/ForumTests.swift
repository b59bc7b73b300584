import Conductor
import HoloCore
import HoloswiftTesting
import Synchronization
import Testing

/// The `forum` hApp written with the Swift HDK (`Guest/Zomes/forum_integrity` + `forum`), end to end.
@Suite struct ForumTests {
  struct Post: MsgPackStructFields, Equatable {
    var title: String
    var content: String
    var fieldCount: Int { 2 }
    func encodeFields(to writer: inout MsgPackWriter) {
      writer.writeField("title", title)
      writer.writeField("content", content)
    }
    init(title: String, content: String) {
      self.title = title
      self.content = content
    }
    init(from reader: inout MsgPackReader) throws(MsgPackError) {
      var title = ""
      var content = ""
      try reader.readStruct(fields: ["title", "content"]) { index, reader throws(MsgPackError) in
        if index == 0 { title = try reader.readString() } else { content = try reader.readString() }
      }
      self.init(title: title, content: content)
    }
  }

  struct Comment: MsgPackStructFields {
    var postHash: ActionHash
    var content: String
    var fieldCount: Int { 2 }
    func encodeFields(to writer: inout MsgPackWriter) {
      writer.writeField("post_hash", postHash)
      writer.writeField("content", content)
    }
    init(postHash: ActionHash, content: String) {
      self.postHash = postHash
      self.content = content
    }
    init(from reader: inout MsgPackReader) throws(MsgPackError) {
      throw .unknownVariant(type: "Comment", variant: "not decoded in tests")
    }
  }

  static func dna(seed: String = "forum-tests") throws -> DnaFile {
    DnaFile(
      name: "forum", modifiers: DnaModifiers(networkSeed: seed),
      integrity: [.init(name: "forum_integrity", wasm: try GuestWasm.load("forum_integrity"))],
      coordinators: [.init(name: "forum", wasm: try GuestWasm.load("forum"))])
  }

  @Test func postsCommentsAndTheAnchorWorkAcrossAgents() async throws {
    let conductor = try SweetConductor()
    let alice = try await conductor.install(try Self.dna())
    let bob = try await conductor.install(try Self.dna())
    let signals = Mutex(0)
    conductor.conductor.onSignal { _ in signals.withLock { $0 += 1 } }

    let post = Post(title: "Hello", content: "First post")
    let postHash: ActionHash = try await alice.call("forum", "create_post", post)
    let listed: [ActionHash] = try await bob.call("forum", "list_posts")
    #expect(listed == [postHash])
    let record: Record? = try await bob.call("forum", "get_post", postHash)
    guard case .app(let bytes)? = record?.entry.entry else { Issue.record("no post entry"); return }
    #expect(try Post(msgpack: bytes.bytes) == post)
    #expect(signals.withLock { $0 } == 1)

    let _: ActionHash = try await bob.call("forum", "add_comment", Comment(postHash: postHash, content: "Welcome"))
    let comments: [Record] = try await alice.call("forum", "get_comments", postHash)
    #expect(comments.count == 1 && comments.first?.action.author == bob.agent)

    let untitled = await alice.callFallible("forum", "create_post", Post(title: "", content: "x"), as: ActionHash.self)
    guard case .failure(.invalidCommit) = untitled else { Issue.record("an untitled post must be invalid"); return }
    let dangling = await bob.callFallible(
      "forum", "add_comment", Comment(postHash: ActionHash(core: [UInt8](repeating: 5, count: 32)), content: "?"),
      as: ActionHash.self)
    guard case .failure = dangling else { Issue.record("a comment on no post must fail"); return }
  }
}
