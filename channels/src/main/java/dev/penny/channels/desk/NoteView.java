package dev.penny.channels.desk;

import dev.penny.core.desk.Note;
import java.util.List;

/** A note as the console reads it. */
public record NoteView(String author, String text, String at) {

    public static List<NoteView> of(List<Note> notes) {
        return notes.stream()
                .map(n -> new NoteView(n.author().value(), n.text(), n.at().toString()))
                .toList();
    }
}
