import Bundles
import Foundation
import HoloCore
import Testing

/// Manifest parsing, with the cases of holochain_types' `dna_manifest/test.rs` and `dna_bundle/test.rs`.
@Suite struct ManifestYAMLTests {
  private static let integrityZomes = """
    manifest_version: "0"
    name: test_dna
    integrity:
      network_seed: blablabla
      properties: ~
      zomes:
        - name: zome1
          path: zome-1.wasm
        - name: zome2
          path: nested/zome-2.wasm
        - name: zome3
          path: ../zome-3.wasm
    """

  @Test func parsesIntegrityAndCoordinatorZomes() throws {
    let manifest = try DnaManifest(
      yaml: Self.integrityZomes + """

        coordinator:
          zomes:
            - name: zome4
              path: zome-4.wasm
              dependencies:
                - name: zome1
            - name: zome5
              path: ../zome-5.wasm
        """)
    #expect(manifest.name == "test_dna")
    #expect(manifest.integrity.networkSeed == "blablabla")
    #expect(manifest.integrity.properties == nil)
    #expect(manifest.integrity.zomes.map(\.resourceID) == ["zome-1.wasm", "zome-2.wasm", "zome-3.wasm"])
    #expect(manifest.coordinator.zomes[0].dependencies == ["zome1"])
    #expect(manifest.coordinator.zomes[1].dependencies == nil)
    #expect(manifest.resourceIDs.count == 5)
  }

  @Test func integrityZomesAreRequired() {
    let error = failure {
      _ = try DnaManifest(
        yaml: """
          manifest_version: "0"
          name: test_dna
          integrity:
            network_seed: blablabla
            properties: ~
            zomes: ~
          """)
    }
    #expect(error == .invalidType(path: "integrity.zomes", expected: "a sequence", found: "unit value"))
    let missing = failure { _ = try DnaManifest(yaml: "manifest_version: '0'\nname: x\n") }
    #expect(missing == .missingField(path: "", field: "integrity"))
  }

  @Test(arguments: [
    // At the top level.
    (integrityZomes + "\nnot_a_real_field: ~", "not_a_real_field", ""),
    // Coordinators indented under `integrity` by mistake.
    (integrityZomes + "\n  coordinator:\n    zomes: []", "coordinator", "integrity"),
    // Integrity indented under `coordinator` by mistake.
    ("manifest_version: '0'\nname: x\ncoordinator:\n  zomes: []\n  integrity: ~", "integrity", "coordinator"),
    // Inside `integrity`.
    (
      integrityZomes.replacingFirst("  properties: ~", with: "  properties: ~\n  not_a_real_field: ~"),
      "not_a_real_field", "integrity"
    ),
    // Inside `coordinator`, reported before the missing `integrity` (serde reads in document order).
    (
      "manifest_version: '0'\nname: x\ncoordinator:\n  not_a_real_field: ~\n  zomes: []", "not_a_real_field",
      "coordinator"
    ),
    // Inside a zome.
    (
      integrityZomes.replacingFirst(
        "path: nested/zome-2.wasm", with: "path: nested/zome-2.wasm\n      not_a_real_field: ~"),
      "not_a_real_field", "integrity.zomes[1]"
    ),
  ])
  func rejectsUnknownFields(yaml: String, field: String, path: String) {
    let error = failure { _ = try DnaManifest(yaml: yaml) }
    guard case .unknownField(let foundPath, let foundField, _) = error else {
      Issue.record("expected an unknown field error, got \(String(describing: error))")
      return
    }
    #expect(foundField == field)
    #expect(foundPath == path)
    #expect(error?.description.contains("unknown field `\(field)`") == true)
  }

  @Test func rejectsDuplicateZomeNamesAndDanglingDependencies() {
    let duplicate = failure {
      _ = try DnaManifest(
        yaml: """
          manifest_version: "0"
          name: test_dna
          integrity:
            zomes:
              - name: zome1
                path: zome-1.wasm
              - name: zome1
                path: nested/zome-2.wasm
          """)
    }
    #expect(duplicate == .duplicateZomeName("zome1"))

    func dangling(_ dependencies: String) -> BundleError? {
      failure {
        _ = try DnaManifest(
          yaml: """
            manifest_version: "0"
            name: test_dna
            integrity:
              zomes:
                - name: zome1
                  path: zome-1.wasm
                - name: zome2
                  path: zome-2.wasm
                  dependencies: \(dependencies)
            coordinator:
              zomes:
                - name: zome4
                  path: zome-4.wasm
            """)
      }
    }
    #expect(dangling("[{name: zome20}]") == .danglingZomeDependency(dependency: "zome20", zome: "zome2"))
    #expect(dangling("[{name: zome1}, {name: zome4}]") == .danglingZomeDependency(dependency: "zome4", zome: "zome2"))
    #expect(dangling("[{name: zome2}]") == .danglingZomeDependency(dependency: "zome2", zome: "zome2"))
  }

  @Test func manifestVersionMustBeZero() {
    #expect(throws: Never.self) {
      try WebAppManifest(yaml: "manifest_version: 0\nname: a\nui: {path: u}\nhapp: {path: h}")
    }
    let error = failure {
      _ = try WebAppManifest(yaml: "manifest_version: '1'\nname: a\nui: {path: u}\nhapp: {path: h}")
    }
    #expect(error == .invalidValue(path: "manifest_version", reason: "unknown variant `1`, expected `0`"))
    let missing = failure { _ = try WebAppManifest(yaml: "name: a\nui: {path: u}\nhapp: {path: h}") }
    #expect(missing == .missingField(path: "", field: "manifest_version"))
  }

  @Test func stringFieldsRejectOtherScalarsLikeSerdesBufferedValues() {
    // Manifests are internally tagged, so serde resolves scalars before reading fields: `name: 123` is a number.
    let error = failure {
      _ = try WebAppManifest(yaml: "manifest_version: '0'\nname: 123\nui: {path: u}\nhapp: {path: h}")
    }
    #expect(error == .invalidType(path: "name", expected: "a string", found: "integer `123`"))
    // A leading zero keeps digits a string.
    #expect(
      (try? WebAppManifest(yaml: "manifest_version: '0'\nname: 0123\nui: {path: u}\nhapp: {path: h}"))?.name == "0123")
  }

  @Test func parsesTheFixtureAppManifest() throws {
    let manifest = try AppManifest(yaml: Fixtures.happYAML)
    #expect(manifest.name == "fixture-app")
    #expect(manifest.description == "it's an app")
    #expect(manifest.allowDeferredMemproofs == false)
    #expect(manifest.bootstrapURL == nil)
    #expect(manifest.roles.count == 2)
    #expect(manifest.roles[0].provisioning == .create(deferred: false))
    #expect(manifest.roles[0].dna.modifiers == DnaModifiersOpt(networkSeed: "0123456"))
    #expect(manifest.roles[0].dna.path == "dnas/dna1/a dna.dna")
    #expect(manifest.roles[1].provisioning == .cloneOnly)
    #expect(manifest.roles[1].dna.cloneLimit == 10)
    #expect(
      manifest.roles[1].dna.modifiers.properties
        == .map([
          .init(key: .string("foo"), value: .uint(1111)),
          .init(key: .string("bar"), value: .string("it could be anything")),
        ]))
    #expect(manifest.resourceIDs == ["a dna.dna", "another dna.dna"])
  }

  @Test func appManifestRulesFollowSerde() {
    let role = "manifest_version: '0'\nname: a\nroles:\n  - name: r\n    dna: {path: x.dna}\n"
    #expect((try? AppManifest(yaml: role))?.roles.first?.provisioning == nil)
    // `deferred` has no default.
    let deferred = failure {
      _ = try AppManifest(yaml: role + "    provisioning: {strategy: create}\n")
    }
    #expect(deferred == .missingField(path: "roles[0].provisioning", field: "deferred"))
    let strategy = failure { _ = try AppManifest(yaml: role + "    provisioning: {strategy: borrow}\n") }
    guard case .invalidValue(let path, _) = strategy else {
      Issue.record("expected an unknown variant, got \(String(describing: strategy))")
      return
    }
    #expect(path == "roles[0].provisioning.strategy")
    // Modifiers ignore unknown fields (`DnaModifiersOpt` has no `deny_unknown_fields`); the role does not.
    #expect(
      (try? AppManifest(yaml: role.replacingFirst("{path: x.dna}", with: "{path: x.dna, modifiers: {origin_time: 1}}")))
        != nil)
    let unknown = failure { _ = try AppManifest(yaml: role + "    clone_limit: 3\n") }
    #expect(
      unknown == .unknownField(path: "roles[0]", field: "clone_limit", expected: ["name", "provisioning", "dna"]))
    let negative = failure {
      _ = try AppManifest(yaml: role.replacingFirst("{path: x.dna}", with: "{clone_limit: -1}"))
    }
    #expect(
      negative == .invalidValue(path: "roles[0].dna.clone_limit", reason: "integer `-1` is negative, expected a u32"))
  }

  @Test func parsesTheFixtureWebAppManifest() throws {
    let manifest = try WebAppManifest(yaml: Fixtures.webHappYAML)
    #expect(manifest.name == "fixture-web-app")
    #expect(manifest.resourceIDs == ["ui.zip", "fixture-app.happ"])
    let bad = failure { _ = try WebAppManifest(yaml: Fixtures.webHappYAML + "\n  extra: 1") }
    #expect(bad == .unknownField(path: "happ", field: "extra", expected: ["path"]))
  }

  @Test func badYAMLIsReported() {
    guard case .badYAML = failure({ _ = try DnaManifest(yaml: "name: [unclosed") }) else {
      Issue.record("expected bad YAML")
      return
    }
    guard case .badYAML = failure({ _ = try DnaManifest(yaml: "a: 1\na: 2") }) else {
      Issue.record("expected a duplicate key to be bad YAML")
      return
    }
    guard case .badYAML = failure({ _ = try DnaManifest(yaml: "name: !custom x") }) else {
      Issue.record("expected a custom tag to be refused")
      return
    }
  }

  @Test func yamlRoundTripsThroughTheWriter() throws {
    let manifest = try AppManifest(yaml: Fixtures.happYAML)
    let yaml = try manifest.yaml()
    #expect(yaml.hasPrefix("manifest_version: '0'\nname: fixture-app\n"))
    #expect(yaml.contains("network_seed: '0123456'"))
    #expect(try AppManifest(yaml: yaml) == manifest)
  }
}

extension String {
  fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let range = range(of: target) else { return self }
    return replacingCharacters(in: range, with: replacement)
  }
}
