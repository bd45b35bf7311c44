package org.travelassist.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankDetailsCipherTest {

    static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Test
    void a_value_decrypts_only_under_the_same_key_for_the_same_row_and_field() {
        var cipher = BankDetailsCipher.withKey(newKey());
        UUID row = UUID.randomUUID();
        byte[] sealed = cipher.encrypt("00733445", row, "account_number");

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("00733445");
        assertThat(cipher.decrypt(sealed, row, "account_number")).isEqualTo("00733445");
        assertThat(cipher.encrypt("00733445", row, "account_number")).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThatThrownBy(() -> cipher.decrypt(sealed, UUID.randomUUID(), "account_number")).as("moved to another row")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt(sealed, row, "roll_number")).as("moved to another field")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> BankDetailsCipher.withKey(newKey()).decrypt(sealed, row, "account_number")).as("another key")
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("travelassist.bank-details.key");
        byte[] altered = sealed.clone();
        altered[altered.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt(altered, row, "account_number")).as("altered").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void without_a_key_or_with_a_short_one_the_portal_does_not_start() {
        assertThatThrownBy(() -> new BankDetailsCipher("", "")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BANK_DETAILS_KEY");
        assertThatThrownBy(() -> BankDetailsCipher.withKey(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> BankDetailsCipher.withKey("not base64!")).hasMessageContaining("not base64");
    }

    @Test
    void the_local_profile_makes_a_key_file_once_and_reads_it_after_that(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("keys/bank-details.key");
        var first = new BankDetailsCipher("", file.toString());
        UUID row = UUID.randomUUID();
        byte[] sealed = first.encrypt("12345678", row, "account_number");

        assertThat(Files.readString(file).strip()).hasSize(44);
        assertThat(new BankDetailsCipher("", file.toString()).decrypt(sealed, row, "account_number")).isEqualTo("12345678");
    }
}
