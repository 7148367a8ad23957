import NoteWriter
import Offprint
import OffprintCLI

// The whole offprint command line, with one more format: `--to note`.
OffprintCLI.main(registry: FormatRegistry.standard.adding(writer: NoteWriter()))
