import ConductorAPI
import ConductorInterfaces
import Foundation
import HoloCore
import HoloCrypto
import HolonsClient
import Logging
import StateStore

/// Where a running conductor listens, as its launch line said.
struct ConductorPorts: Sendable, Equatable {
  let admin: UInt16
  let app: UInt16
}

/// What the soak's clients call zomes with: the forum cell and signing credentials that a capability grant
/// authorizes for the forum's functions (set up once through the admin interface, as `@holochain/client` does).
struct ForumAccess: Sendable {
  static let appId = "forum"
  static let role = "forum"
  static let zome = "forum"
  static let functions = ["create_post", "get_post", "list_posts"]

  let cell: CellId
  let credentials: SigningCredentials

  /// Finds the forum cell through the admin interface and grants fresh credentials the forum's functions.
  static func authorize(adminPort: UInt16, logger: Logger) async throws -> ForumAccess {
    let admin = try await ConductorClient.connect(port: adminPort, configuration: .soak, logger: logger)
    defer { Task { await admin.close() } }
    guard case .appsListed(let apps) = try await admin.adminRequest(.listApps(statusFilter: nil)),
      let app = apps.first(where: { $0.installedAppId == appId })
    else { throw SetupFailure("no app \(appId) is installed") }
    guard let cell = app.cells(for: role).compactMap(\.cellId).first else {
      throw SetupFailure("app \(appId) has no cell for role \(role)")
    }
    let credentials = SigningCredentials()
    let grant = credentials.grant(
      tag: "soak", functions: .listed(functions.map { GrantedFunction(zome: zome, function: $0) }))
    let answer = try await admin.adminRequest(
      .grantZomeCallCapability(GrantZomeCallCapabilityPayload(cellId: cell, capGrant: grant)))
    if case .error(let error) = answer { throw SetupFailure("granting the soak's credentials failed: \(error)") }
    return ForumAccess(cell: cell, credentials: credentials)
  }
}

/// A setup step the conductor refused.
struct SetupFailure: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

/// An authenticated app websocket connection calling the forum zome with signed zome calls.
struct ForumSession: Sendable {
  let client: ConductorClient
  let access: ForumAccess

  /// Issues an app authentication token on the admin interface, connects to the app interface and
  /// authenticates.
  static func open(_ ports: ConductorPorts, access: ForumAccess, logger: Logger) async throws -> ForumSession {
    let admin = try await ConductorClient.connect(port: ports.admin, configuration: .soak, logger: logger)
    let answer: AdminResponse
    do {
      answer = try await admin.adminRequest(
        .issueAppAuthenticationToken(IssueAppAuthenticationTokenPayload(installedAppId: ForumAccess.appId)))
    } catch {
      await admin.close()
      throw error
    }
    await admin.close()
    guard case .appAuthenticationTokenIssued(let issued) = answer else {
      throw SetupFailure("no app authentication token was issued: \(answer)")
    }
    let client = try await ConductorClient.connect(port: ports.app, configuration: .soak, logger: logger)
    do {
      try await client.authenticate(token: issued.token)
    } catch {
      await client.close()
      throw error
    }
    return ForumSession(client: client, access: access)
  }

  func close() async { await client.close() }

  /// `create_post`: the hash of the new post's `Create` action.
  func createPost(_ post: ForumPost) async throws(ZomeCallFailure) -> ActionHash {
    try await call("create_post", post)
  }

  /// `get_post`: the post's record, or `nil` when the conductor cannot find it.
  func getPost(_ hash: ActionHash) async throws(ZomeCallFailure) -> Record? {
    try await call("get_post", hash)
  }

  /// `list_posts`: the posts linked from the forum's anchor.
  func listPosts() async throws(ZomeCallFailure) -> [ActionHash] {
    try await call("list_posts", MsgPackValue.nilValue)
  }

  /// A signed call of `function` with `payload`, as `@holochain/client`'s `callZome` makes it.
  func call<Output: MsgPackDecodable>(
    _ function: String, _ payload: some MsgPackEncodable
  ) async throws(ZomeCallFailure) -> Output {
    let credentials = access.credentials
    let params = ZomeCallParams(
      provenance: credentials.provenance, cellId: access.cell, zomeName: ForumAccess.zome, fnName: function,
      capSecret: credentials.capSecret, payload: ExternIO(encoding: payload),
      nonce: Nonce256Bits(checked: SecureRandom.bytes(32)),
      expiresAt: Timestamp(microseconds: Timestamp.now().microseconds + 5 * 60 * 1_000_000))
    let bytes = params.msgpackBytes()
    let signature: Signature
    do {
      signature = try await credentials.sign(digest: SHA512.hash(bytes))
    } catch {
      throw .unexpected("signing failed: \(error)")
    }
    let answer: AppResponse
    do throws(ConductorClientError) {
      answer = try await client.appRequest(
        .callZome(ZomeCallParamsSigned(bytes: ExternIO(bytes: bytes), signature: signature)))
    } catch {
      throw .noAnswer(error)
    }
    switch answer {
    case .zomeCalled(let output):
      do {
        return try output.decode(Output.self)
      } catch {
        throw .unexpected("\(function) answered bytes that are not a \(Output.self): \(error)")
      }
    case .error(let error): throw .refused(error)
    default: throw .unexpected("\(answer)")
    }
  }
}

extension ConductorClient.Configuration {
  /// The soak's clients: generous request timeouts (a debug build on a loaded machine is slow), short connects.
  static var soak: Self {
    var configuration = Self(origin: "holoswift-soak")
    configuration.requestTimeout = .seconds(60)
    configuration.connectTimeout = .seconds(10)
    configuration.closeTimeout = .seconds(2)
    return configuration
  }
}
