import FuzzSupport

// Each input is read as a JSON Lines archive, each record written in every format.
FuzzHarness.run { bytes, count in
    if let bytes { FuzzHarness.convertArchive(bytes, count) }
    return 0
}
