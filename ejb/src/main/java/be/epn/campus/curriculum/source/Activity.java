package be.epn.campus.curriculum.source;

import be.epn.campus.platform.LocalizedText;
import java.util.List;

/** One step of a module, of one of five kinds. */
public sealed interface Activity {

    String id();

    LocalizedText title();

    boolean required();

    /** The word used in files and in progress records: lesson, resource, quiz, task, link. */
    String kind();

    /** Rich text to read; {@code files} are the Markdown files per language, {@code markdown} their text. */
    record Lesson(String id, LocalizedText title, boolean required, LocalizedText files, LocalizedText markdown)
            implements Activity {
        public String kind() {
            return "lesson";
        }
    }

    /** A document to open (PDF, office file, picture); the path may differ per language. */
    record Resource(String id, LocalizedText title, boolean required, LocalizedText files, LocalizedText description)
            implements Activity {
        public String kind() {
            return "resource";
        }
    }

    record Quiz(String id, LocalizedText title, boolean required, int passScore, List<Question> questions)
            implements Activity {
        public String kind() {
            return "quiz";
        }
    }

    /** Something done at the computer and attested by an animateur, with the autonomy reached. */
    record Task(String id, LocalizedText title, boolean required, LocalizedText instructions, String competence)
            implements Activity {
        public String kind() {
            return "task";
        }
    }

    record Link(String id, LocalizedText title, boolean required, String url, LocalizedText description)
            implements Activity {
        public String kind() {
            return "link";
        }
    }
}
