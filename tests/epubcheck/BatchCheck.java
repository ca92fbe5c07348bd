// Runs EPUBCheck over many books in one JVM (a fresh JVM per book costs ~8 s).
// Usage: java -cp epubcheck.jar:lib/* BatchCheck.java BOOK.epub...
// Prints EPUBCheck's own messages, then one line per book:
// RESULT <tab> path <tab> fatals <tab> errors <tab> warnings
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.util.DefaultReportImpl;
import java.io.File;

public class BatchCheck {
    public static void main(String[] args) {
        for (String path : args) {
            DefaultReportImpl report = new DefaultReportImpl(path);
            new EpubCheck(new File(path), report).doValidate();
            System.out.println("RESULT\t" + path + "\t" + report.getFatalErrorCount() + "\t"
                + report.getErrorCount() + "\t" + report.getWarningCount());
        }
    }
}
