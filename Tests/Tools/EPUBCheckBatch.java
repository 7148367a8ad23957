// Checks many books in one Java virtual machine with EPUBCheck's own command-line class, so
// the tests pay for one JVM start and one schema load instead of one per book.
//
//   java -cp epubcheck.jar Tests/Tools/EPUBCheckBatch.java BOOK.epub...
//
// For each book it prints a line "@@ BOOK <path>", then exactly what `java -jar epubcheck.jar
// <path>` prints (its standard error folded into standard output, in order), then
// "@@ STATUS <n>" with the status that command would have exited with.
import com.adobe.epubcheck.tool.EpubChecker;

public class EPUBCheckBatch {
    public static void main(String[] books) {
        System.setErr(System.out);
        for (String book : books) {
            System.out.println("@@ BOOK " + book);
            int status;
            try {
                status = new EpubChecker().run(new String[] { book });
            } catch (RuntimeException error) {
                System.out.println("FATAL(batch): " + error);
                status = 2;
            }
            System.out.println("@@ STATUS " + status);
            System.out.flush();
        }
    }
}
