public import HoloCore

/// A web-app manifest (`web-happ.yaml`, version `"0"`): a UI zip and the app bundle it talks to.
///
/// ```yaml
/// manifest_version: "0"
/// name: forum-web-app
/// ui:
///   path: ./ui.zip
/// happ:
///   path: ../forum-app.happ
/// ```
public struct WebAppManifest: Hashable, Sendable {
  /// The web app's name; also the packed file's name.
  public var name: String
  /// The UI zip, relative to the manifest; inside a bundle, its resource id.
  public var uiPath: String
  /// The app bundle, relative to the manifest; inside a bundle, its resource id.
  public var happPath: String

  public init(name: String, uiPath: String, happPath: String) {
    self.name = name
    self.uiPath = uiPath
    self.happPath = happPath
  }

  /// The resource id of the UI zip (`ui.zip` when the path has no file name).
  public var uiResourceID: String { resourceID(forPath: uiPath) ?? "ui.zip" }
  /// The resource id of the app bundle (`happ-bundle.happ` when the path has no file name).
  public var happResourceID: String { resourceID(forPath: happPath) ?? "happ-bundle.happ" }
}

extension WebAppManifest: BundleManifest {
  public static var fileName: String { "web-happ.yaml" }
  public static var bundleExtension: String { "webhapp" }

  public var resourceIDs: [String] { [uiResourceID, happResourceID] }

  public mutating func generateResourceIDs() -> [(id: String, location: String)] {
    let pairs = [(id: uiResourceID, location: uiPath), (id: happResourceID, location: happPath)]
    uiPath = pairs[0].id
    happPath = pairs[1].id
    return pairs
  }

  public init(manifestValue value: MsgPackValue) throws(BundleError) {
    let body = try readManifestVersion(value, type: "WebAppManifest")
    var name: String?
    var uiPath: String?
    var happPath: String?
    try ManifestFields.visit(body, path: "", type: "WebAppManifestV0", known: ["name", "ui", "happ"]) {
      index, value, path throws(BundleError) in
      switch index {
      case 0: name = try ManifestValue.string(value, path)
      case 1: uiPath = try Self.location(value, path, type: "WebUI")
      default: happPath = try Self.location(value, path, type: "AppManifestLocation")
      }
    }
    self.name = try ManifestFields.required(name, "name", in: "")
    self.uiPath = try ManifestFields.required(uiPath, "ui", in: "")
    self.happPath = try ManifestFields.required(happPath, "happ", in: "")
  }

  public var manifestValue: MsgPackValue {
    ManifestValue.map([
      "manifest_version": .string("0"),
      "name": .string(name),
      "ui": ManifestValue.map(["path": .string(uiPath)]),
      "happ": ManifestValue.map(["path": .string(happPath)]),
    ])
  }

  /// `WebUI` and `AppManifestLocation`: `{path}`.
  private static func location(_ value: MsgPackValue, _ path: String, type: String) throws(BundleError) -> String {
    var location: String?
    try ManifestFields.visit(value, path: path, type: type, known: ["path"]) { _, value, path throws(BundleError) in
      location = try ManifestValue.string(value, path)
    }
    return try ManifestFields.required(location, "path", in: path)
  }
}
