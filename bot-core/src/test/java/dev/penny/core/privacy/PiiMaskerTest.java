package dev.penny.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PiiMaskerTest {

    private final PiiMasker masker = new PiiMasker();

    @Test
    void masks_email_phone_and_card() {
        String text = "I'm ana.lopez+shop@example.co.uk, call +44 20 7946 0958, card 4111 1111 1111 1111 was charged";

        assertThat(masker.mask(text)).isEqualTo("I'm [email], call [phone], card [card] was charged");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "4242424242424242|[card]",
                "5555-5555-5555-4444|[card]",
                "amex 378282246310005!|amex [card]!",
                "(415) 555-0123|[phone]",
                "415.555.0123 or 415 555 0199|[phone] or [phone]",
                "+1 555 0100|[phone]",
                "mail bo@example.org.|mail [email]."
            })
    void masks(String text, String masked) {
        assertThat(masker.mask(text)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "send it to DE89 3704 0044 0532 0130 00 please|send it to [iban] please",
                "IBAN GB82WEST12345698765432.|IBAN [iban].",
                "my iban is fr14 2004 1010 0505 0001 3m02 606|my iban is [iban]",
                "SSN 078-05-1120 on file|SSN [national id] on file",
                "it's 219 09 9999|it's [national id]",
                "NI number AB 12 34 56 C|NI number [national id]",
                "주민번호 900101-1234567 입니다|주민번호 [national id] 입니다",
                "SIN 046-454-286|SIN [national id]",
                "my PIN is 4821|my PIN is [secret]",
                "PIN: 0000, card blocked|PIN: [secret] card blocked",
                "password = hunter2!|password = [secret]",
                "my new passcode 739153|my new passcode [secret]",
                "pin number 1234|pin number [secret]"
            })
    void masks_ibans_national_ids_and_secrets(String text, String masked) {
        assertThat(masker.mask(text)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "DE89 3704 0044 0532 0130 01 fails the check",
                "SSN 000-12-3456 and 666-12-3456 were never issued",
                "my password is wrong",
                "I forgot my PIN again",
                "order 1234567890123456 never arrived",
                "I ordered on 2025-03-14 at 10:30",
                "my PIN is wrong, code 123456",
                "it cost 1,299.00 dollars",
                "tracking AB12345678CD"
            })
    void keeps_numbers_that_are_not_personal(String text) {
        assertThat(masker.mask(text)).isEqualTo(text);
    }

    @Test
    void leaves_text_without_personal_data_alone() {
        String text = "When will my card arrive? It's been 5 days.";

        assertThat(masker.mask(text)).isEqualTo(text);
    }
}
