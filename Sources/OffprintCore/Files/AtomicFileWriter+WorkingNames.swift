import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension AtomicFileWriter {
    /// The longest file name most file systems take, in bytes.
    static let maximumNameBytes = 255

    /// A hidden working name for `name` owned by this process: `.NAME.offprint-PID` and then
    /// `suffix` (`-3.tmp`, `.d`). `NAME` is shortened (never inside a character) so that a
    /// legal long name never makes an illegal working name.
    public static func workingName(for name: String, suffix: String) -> String {
        let tail = ".offprint-\(getpid())" + suffix
        let room = maximumNameBytes - 1 - tail.utf8.count
        var kept = ""
        var bytes = 0
        for scalar in name.unicodeScalars {
            let size = String(scalar).utf8.count
            if bytes + size > room { break }
            kept.unicodeScalars.append(scalar)
            bytes += size
        }
        return "." + kept + tail
    }

    /// The process that made a working name (`.NAME.offprint-PID-N.tmp`, `.NAME.offprint-PID.d`),
    /// or `nil` for any other name.
    static func owner(ofWorkingName name: String) -> pid_t? {
        guard name.hasPrefix("."), let marker = name.range(of: ".offprint-", options: .backwards) else { return nil }
        let rest = name[marker.upperBound...]
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        let after = rest.dropFirst(digits.count)
        let isTemporaryFile = after.hasPrefix("-") && after.hasSuffix(".tmp") && after.dropFirst().dropLast(4).allSatisfy { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count < 10, isTemporaryFile || after == ".d", let pid = pid_t(digits), pid > 0 else { return nil }
        return pid
    }

    /// Removes, from one folder, the working files and folders of Offprint runs that are no
    /// longer running (their PID names no live process) and belonged to this user. A live
    /// run's files, and anything else, stay.
    static func removeStaleWorkingFiles(in folder: String) {
        guard let stream = opendir(folder) else { return }
        var stale: [(path: String, isDirectory: Bool)] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard let pid = owner(ofWorkingName: name), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            let path = folder + "/" + name
            var status = stat()
            guard lstat(path, &status) == 0, status.st_uid == getuid() else { continue }
            let type = status.st_mode & S_IFMT
            if name.hasSuffix(".tmp"), type == S_IFREG { stale.append((path, false)) }
            if name.hasSuffix(".d"), type == S_IFDIR { stale.append((path, true)) }
        }
        closedir(stream)
        for item in stale {
            if item.isDirectory { try? FileManager.default.removeItem(atPath: item.path) } else { unlink(item.path) }
        }
    }
}
