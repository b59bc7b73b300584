import Bundles
import Foundation
import HoloCore
import Testing

/// App and web-app bundles: packing from working directories, resolving roles with their modifiers.
@Suite struct AppBundleTests {

  /// Packs the fixture app (both DNAs first, as `hc app pack --recursive` does).
  private func packFixtureApp(in directory: TemporaryDirectory) throws -> URL {
    try Fixtures.writeApp(in: directory)
    let app = directory.url.appendingPathComponent("my-app")
    try DnaBundle.pack(directory: app.appendingPathComponent("dnas/dna1"))
    try DnaBundle.pack(directory: app.appendingPathComponent("dnas/dna2"))
    return try AppBundle.pack(directory: app)
  }

  @Test func fixtureAppPacksAndResolves() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let file = try packFixtureApp(in: directory)
    #expect(file.lastPathComponent == "fixture-app.happ")

    let bundle = try AppBundle(contentsOf: file)
    #expect(bundle.manifest.roles.map(\.dna.path) == ["a dna.dna", "another dna.dna"])
    #expect(bundle.resources.keys.sorted() == ["a dna.dna", "another dna.dna"])
    #expect(try bundle.dnaBundle(forRole: "role-1").dnaHash().description == Fixtures.dna1Hash)

    let roles = try bundle.resolveRoles()
    #expect(roles.map(\.name) == ["role-1", "role-2"])
    #expect(roles[0].provisioning == .create(deferred: false))
    #expect(roles[0].dna?.def.modifiers.networkSeed == "0123456")
    #expect(roles[0].dna?.originalHash.description == Fixtures.dna1Hash)
    #expect(roles[0].dna?.hash.description != Fixtures.dna1Hash)
    #expect(roles[1].provisioning == .cloneOnly)
    #expect(roles[1].cloneLimit == 10)
    #expect(roles[1].dna?.def.modifiers.networkSeed == "00000000-0000-0000-0000-000000000000")
    var properties = MsgPackWriter()
    properties.writeMapHeader(2)
    properties.writeField("foo", UInt64(1111))
    properties.writeField("bar", "it could be anything")
    #expect(roles[1].dna?.def.modifiers.properties.bytes == properties.bytes)
  }

  @Test func installationSeedAndModifiersApply() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let bundle = try AppBundle(contentsOf: try packFixtureApp(in: directory))
    let roles = try bundle.resolveRoles(
      networkSeed: "installed", modifiers: ["role-2": DnaModifiersOpt(properties: .string("override"))])
    #expect(roles.map { $0.dna?.def.modifiers.networkSeed } == ["installed", "installed"])
    #expect(roles[1].dna?.def.modifiers.properties == SerializedBytes(encoding: "override"))
    #expect(failure { _ = try bundle.resolveRoles(modifiers: ["nope": DnaModifiersOpt()]) } == .unknownRole("nope"))
  }

  @Test func installedHashIsChecked() throws {
    let dna = try DnaBundle(
      manifest: try DnaManifest(yaml: Fixtures.dna1YAML),
      resources: ["zome11.wasm": Fixtures.fakeWasm, "zome12.wasm": Fixtures.otherWasm])
    let dnaHash = try dna.dnaHash()
    let wrong = try DnaHash(string: "uhC0kWCsAgoKkkfwyJAglj30xX_GLLV-3BXuFy436a2SqpcEwyBzm")
    func app(_ installedHash: DnaHash, seed: String? = nil) throws -> AppBundle {
      let role = AppRoleManifest(
        name: "main",
        dna: AppRoleDnaManifest(
          path: "dnas/main.dna", modifiers: DnaModifiersOpt(networkSeed: seed), installedHash: installedHash))
      return try AppBundle(manifest: AppManifest(name: "a", roles: [role]), resources: ["main.dna": try dna.pack()])
    }
    #expect(try app(dnaHash).resolveRoles()[0].dna?.hash == dnaHash)
    // The hash as bundled is accepted when the manifest's modifiers change it.
    #expect(try app(dnaHash, seed: "other").resolveRoles()[0].dna?.hash != dnaHash)
    #expect(
      failure { _ = try app(wrong).resolveRoles() } == .dnaHashMismatch(role: "main", expected: wrong, actual: dnaHash))
  }

  @Test func roleRules() throws {
    func resolve(_ role: AppRoleManifest) -> BundleError? {
      failure { _ = try AppBundle(manifest: AppManifest(name: "a", roles: [role]), resources: [:]).resolveRoles() }
    }
    #expect(
      resolve(AppRoleManifest(name: "c", provisioning: .cloneOnly, dna: AppRoleDnaManifest()))
        == .invalidRole(role: "c", reason: "the clone_only strategy needs a clone_limit above 0"))
    #expect(
      resolve(AppRoleManifest(name: "p", dna: AppRoleDnaManifest()))
        == .invalidRole(role: "p", reason: "missing field roles.dna.path"))
    #expect(
      resolve(AppRoleManifest(name: "u", provisioning: .useExisting(protected: true), dna: AppRoleDnaManifest()))
        == .invalidRole(role: "u", reason: "missing field roles.dna.installed_hash"))
    let hash = try DnaHash(string: "uhC0kWCsAgoKkkfwyJAglj30xX_GLLV-3BXuFy436a2SqpcEwyBzm")
    let existing = try AppBundle(
      manifest: AppManifest(
        name: "a",
        roles: [
          AppRoleManifest(
            name: "u", provisioning: .useExisting(protected: false), dna: AppRoleDnaManifest(installedHash: hash))
        ]),
      resources: [:]
    ).resolveRoles()
    #expect(
      existing == [
        ResolvedAppRole(
          name: "u", provisioning: .useExisting(protected: false), cloneLimit: 0, dna: nil, installedHash: hash)
      ])
  }

  @Test func webAppPacksAndOpens() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    _ = try packFixtureApp(in: directory)
    let ui: [UInt8] = [0x50, 0x4b, 0x05, 0x06] + [UInt8](repeating: 0, count: 18)  // an empty zip
    try directory.write("web-app/ui.zip", ui)
    try directory.write("web-app/web-happ.yaml", Fixtures.webHappYAML)

    let file = try WebAppBundle.pack(directory: directory.url.appendingPathComponent("web-app"))
    #expect(file.lastPathComponent == "fixture-web-app.webhapp")
    let webApp = try WebAppBundle(contentsOf: file)
    #expect(webApp.manifest.uiPath == "ui.zip")
    #expect(webApp.manifest.happPath == "fixture-app.happ")
    #expect(try webApp.uiZip() == ui)
    #expect(try webApp.appBundle().manifest.name == "fixture-app")
    #expect(try webApp.appBundle().resolveRoles().count == 2)
  }
}
