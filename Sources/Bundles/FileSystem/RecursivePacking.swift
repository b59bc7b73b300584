public import Foundation

extension Bundle where Manifest == AppManifest {
  /// `hc app pack --recursive`, first step: packs the DNA working directory of every role (the directory
  /// of its `path`, which must hold a `dna.yaml`). Returns the DNA bundles written.
  ///
  /// ```swift
  /// try AppBundle.packDnas(forAppIn: appDirectory)
  /// let happ = try AppBundle.pack(directory: appDirectory)
  /// ```
  @discardableResult
  public static func packDnas(forAppIn directory: URL) throws(BundleError) -> [URL] {
    let directory = try FileIO.canonical(directory)
    let manifest = try AppManifest(yaml: try FileIO.readText(directory.appendingPathComponent(AppManifest.fileName)))
    var written: [URL] = []
    for role in manifest.roles {
      guard let path = role.dna.path else { continue }
      let dnaDirectory = FileIO.resolve(path, in: directory).deletingLastPathComponent()
      written.append(try DnaBundle.pack(directory: dnaDirectory))
    }
    return written
  }
}

extension Bundle where Manifest == WebAppManifest {
  /// `hc web-app pack --recursive`, first step: packs the app working directory (the directory of the
  /// manifest's `happ` path, which must hold a `happ.yaml`), its DNAs first. Returns the app bundle written.
  ///
  /// (`hc` looks for the app beside `web-happ.yaml` whatever the path says; this follows the path.)
  @discardableResult
  public static func packApp(forWebAppIn directory: URL) throws(BundleError) -> URL {
    let directory = try FileIO.canonical(directory)
    let manifest = try WebAppManifest(
      yaml: try FileIO.readText(directory.appendingPathComponent(WebAppManifest.fileName)))
    let appDirectory = FileIO.resolve(manifest.happPath, in: directory).deletingLastPathComponent()
    try AppBundle.packDnas(forAppIn: appDirectory)
    return try AppBundle.pack(directory: appDirectory)
  }
}
