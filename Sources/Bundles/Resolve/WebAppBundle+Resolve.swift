extension Bundle where Manifest == WebAppManifest {
  /// The UI zip's bytes.
  ///
  /// ```swift
  /// let webApp = try WebAppBundle(packed: bytes)
  /// let ui = try webApp.uiZip()
  /// let roles = try webApp.appBundle().resolveRoles()
  /// ```
  public func uiZip() throws(BundleError) -> [UInt8] {
    try requireResource(manifest.uiResourceID)
  }

  /// The app bundle, unpacked.
  public func appBundle() throws(BundleError) -> AppBundle {
    try AppBundle(packed: try requireResource(manifest.happResourceID))
  }
}
