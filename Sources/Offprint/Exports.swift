// `import Offprint` gives a library user every layer: the model, the readers, the writers, the
// checker and the batch engine. ARCHITECTURE.md draws how they depend on each other.
@_exported import OffprintCore
@_exported import OffprintCleanup
@_exported import OffprintReaders
@_exported import OffprintWriters
@_exported import OffprintChecker
