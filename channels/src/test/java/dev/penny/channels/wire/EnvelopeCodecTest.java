package dev.penny.channels.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EnvelopeCodecTest {

    private final EnvelopeCodec codec = new EnvelopeCodec(JsonMapper.builder().build());

    @Test
    void reads_a_versioned_envelope() {
        Envelope envelope = codec.read(
                "{\"v\":1,\"type\":\"user.message\",\"conversationId\":\"c\",\"id\":\"m1\",\"payload\":{\"text\":\"hi\"}}");

        assertThat(envelope.type()).isEqualTo("user.message");
        assertThat(envelope.conversationId()).isEqualTo("c");
        assertThat(envelope.id()).isEqualTo("m1");
        assertThat(envelope.text("text")).isEqualTo("hi");
        assertThat(envelope.text("missing")).isNull();
    }

    @Test
    void refuses_malformed_frames_with_stable_codes() {
        assertRefused("{oops", ErrorCode.BAD_JSON);
        assertRefused("\"text\"", ErrorCode.BAD_JSON);
        assertRefused("{\"type\":\"user.message\"}", ErrorCode.UNSUPPORTED_VERSION);
        assertRefused("{\"v\":\"1\",\"type\":\"user.message\"}", ErrorCode.UNSUPPORTED_VERSION);
        assertRefused("{\"v\":1}", ErrorCode.UNKNOWN_TYPE);
        assertRefused("{\"v\":1,\"type\":7}", ErrorCode.UNKNOWN_TYPE);
        assertRefused("{\"v\":1,\"type\":\"t\",\"payload\":[]}", ErrorCode.BAD_PAYLOAD);
        assertRefused("{\"v\":1,\"type\":\"t\",\"id\":5}", ErrorCode.BAD_PAYLOAD);
        assertThatThrownBy(() -> codec.read("{\"v\":1,\"type\":\"t\",\"payload\":{\"text\":3}}")
                        .text("text"))
                .isInstanceOfSatisfying(
                        BadFrame.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_PAYLOAD));
    }

    @Test
    void writes_frames_in_the_same_envelope_leaving_out_what_is_absent() {
        String json = codec.write(Frame.of("pong", null, "p1", Map.of()));
        assertThat(json).isEqualTo("{\"v\":1,\"type\":\"pong\",\"id\":\"p1\",\"payload\":{}}");
        assertThat(codec.write(Frame.error(ErrorCode.RATE_LIMITED, "slow down", "c1", null)))
                .isEqualTo("{\"v\":1,\"type\":\"error\",\"conversationId\":\"c1\","
                        + "\"payload\":{\"code\":\"rate_limited\",\"message\":\"slow down\"}}");
    }

    private void assertRefused(String frame, ErrorCode code) {
        assertThatThrownBy(() -> codec.read(frame))
                .isInstanceOfSatisfying(
                        BadFrame.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
