import Logging

extension Logger {
  /// A copy of this logger with one more metadata value.
  func with(metadataKey key: String, value: Logger.MetadataValue) -> Logger {
    var logger = self
    logger[metadataKey: key] = value
    return logger
  }
}
