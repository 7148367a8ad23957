import FuzzSupport

// Each input is checked as an EPUB by `offprint check`'s checker.
FuzzHarness.run { bytes, count in
    if let bytes { FuzzHarness.check(bytes, count) }
    return 0
}
