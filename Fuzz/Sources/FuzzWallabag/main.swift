import FuzzSupport
import Offprint

// Each input is read as a wallabag export (a streamed JSON array), each entry written in every format.
FuzzHarness.run { bytes, count in
    if let bytes { FuzzHarness.convertArchive(bytes, count, reader: WallabagReader()) }
    return 0
}
