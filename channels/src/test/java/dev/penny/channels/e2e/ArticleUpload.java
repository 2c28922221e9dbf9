package dev.penny.channels.e2e;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A multipart/form-data upload of one article file, as the editor's form sends it. */
final class ArticleUpload {

    private static final String BOUNDARY = "penny-test-boundary-7d2f";

    private ArticleUpload() {}

    /** POSTs (or PUTs, with {@code method}) {@code content} as the part "file", with the given form fields. */
    static CatalogEditor.Reply send(
            CatalogEditor editor,
            String method,
            String path,
            String fileName,
            byte[] content,
            Map<String, String> fields) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(
                body,
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                        + "\r\n"));
        write(
                body,
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + BOUNDARY + "--\r\n");
        return editor.send(editor.request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    static CatalogEditor.Reply post(CatalogEditor editor, String fileName, String content, Map<String, String> fields) {
        return send(editor, "POST", "/draft/articles", fileName, content.getBytes(StandardCharsets.UTF_8), fields);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
