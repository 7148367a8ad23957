import FuzzSupport
import Offprint

// Each input is read as a web archive (WARC or ARC, gzip members or plain), each page written in every format.
FuzzHarness.run { bytes, count in
    if let bytes { FuzzHarness.convertArchive(bytes, count, reader: WebArchiveReader()) }
    return 0
}
