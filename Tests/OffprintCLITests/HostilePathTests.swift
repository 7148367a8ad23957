import Foundation
import Offprint
import Testing
import TestSupport

/// Inputs named and placed by someone else: links, colliding names, outputs that point back at
/// inputs. Nothing outside the inputs is read, nothing is overwritten, no output is lost.
@Suite struct HostilePathTests {
    static let article = "Title: An article\n\nA paragraph of an article, long enough to be running text.\n"

    @Test func linksOutOfTheInputFolderAreFollowedOnlyWhenAsked() throws {
        let root = try TemporaryDirectory("links")
        try root.write("private/diary.txt", "Title: Private diary\n\nWhat nobody should publish, in a paragraph of its own.\n")
        try root.write("private/more/letter.txt", "Title: Private letter\n\nAnother private paragraph, long enough to be text.\n")
        try root.write("in/own.txt", Self.article)
        try root.write("in/sub/second.txt", Self.article)
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: root.path + "/in/diary.txt", withDestinationPath: root.path + "/private/diary.txt")
        try manager.createSymbolicLink(atPath: root.path + "/in/more", withDestinationPath: "../private/more")
        try manager.createSymbolicLink(atPath: root.path + "/in/again.txt", withDestinationPath: "sub/second.txt")  // inside: followed

        let output = try TemporaryDirectory("links-out")
        let (status, console) = offprint(["convert", root.path + "/in", "--to", "txt", "--output", output.path])
        #expect(status == 0, "\(console.error)")
        #expect(try tree(output.path).keys.sorted() == ["again.txt", "own.txt", "sub/second.txt"])
        #expect(console.errorLines == [
            "Note: \(root.path)/in/diary.txt: not followed: the link leads out of the input folder (--follow-symlinks follows it)",
            "Note: \(root.path)/in/more: not followed: the link leads out of the input folder (--follow-symlinks follows it)",
        ])

        let followed = try TemporaryDirectory("links-followed")
        let result = offprint(["convert", root.path + "/in", "--to", "txt", "--output", followed.path, "--follow-symlinks"])
        #expect(result.status == 0, "\(result.console.error)")
        #expect(try tree(followed.path).keys.sorted() == ["again.txt", "diary.txt", "more/letter.txt", "own.txt", "sub/second.txt"])
        #expect(result.console.error.isEmpty)
    }
}
