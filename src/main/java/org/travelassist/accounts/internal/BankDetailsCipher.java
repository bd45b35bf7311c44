package org.travelassist.accounts.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts bank account and roll numbers at rest (ASVS 5.0 V11/V14, "sensitive data encrypted"): AES-256-GCM under
 * the key in {@code travelassist.bank-details.key} (32 bytes, base64), a fresh 96-bit nonce for each value, and the
 * row's id and the field's name as additional data, so a ciphertext copied to another row or field does not decrypt.
 * Stored as one format byte, the nonce, then the ciphertext with its 128-bit tag.
 *
 * <p>Production must give the key (BANK_DETAILS_KEY). The local and test profiles name a key file instead, made on
 * first start beside the local database and read after that, so demo data stays readable across restarts.
 */
@Component
public class BankDetailsCipher {

    private static final Logger log = LoggerFactory.getLogger(BankDetailsCipher.class);
    private static final byte FORMAT_AES_GCM_V1 = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    BankDetailsCipher(@Value("${travelassist.bank-details.key:}") String key,
            @Value("${travelassist.bank-details.local-key-file:}") String localKeyFile) {
        this.key = new SecretKeySpec(keyBytes(key, localKeyFile), "AES");
    }

    /** For tests: a cipher under the given key. */
    public static BankDetailsCipher withKey(String base64Key) {
        return new BankDetailsCipher(base64Key, "");
    }

    public byte[] encrypt(String plain, UUID rowId, String field) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(rowId, field));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(FORMAT_AES_GCM_V1).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt bank details", e);
        }
    }

    /** @throws IllegalStateException when the value was not sealed under this key for this row and field */
    public String decrypt(byte[] stored, UUID rowId, String field) {
        if (stored.length < 1 + NONCE_BYTES + TAG_BITS / 8 || stored[0] != FORMAT_AES_GCM_V1) {
            throw new IllegalStateException("Bank details " + rowId + " are not in a format this portal reads");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
            cipher.updateAAD(associatedData(rowId, field));
            return new String(cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Bank details " + rowId + " do not decrypt with the configured key "
                    + "(travelassist.bank-details.key): wrong key, or the value was altered or moved", e);
        }
    }

    private static byte[] associatedData(UUID rowId, String field) {
        return ("bank_details:" + rowId + ":" + field).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] keyBytes(String configured, String localKeyFile) {
        if (!configured.isBlank()) {
            return decode(configured.strip(), "travelassist.bank-details.key");
        }
        if (localKeyFile.isBlank()) {
            throw new IllegalStateException("travelassist.bank-details.key is not set: give the portal a 32-byte AES key, "
                    + "base64-encoded, in BANK_DETAILS_KEY (for example from `openssl rand -base64 32`). Bank account numbers "
                    + "are encrypted with it; keep it in the council's secret store, apart from database backups.");
        }
        return localKey(Path.of(localKeyFile));
    }

    private static byte[] localKey(Path file) {
        try {
            if (Files.notExists(file)) {
                byte[] fresh = new byte[KEY_BYTES];
                new SecureRandom().nextBytes(fresh);
                Files.createDirectories(file.toAbsolutePath().getParent());
                try {
                    Files.writeString(Files.createFile(file), Base64.getEncoder().encodeToString(fresh));
                    setOwnerOnly(file);
                    log.info("Made a new local key for bank details in {}", file.toAbsolutePath());
                } catch (FileAlreadyExistsException raced) {
                    // another start made it first: read theirs
                }
            }
            return decode(Files.readString(file).strip(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or make the local bank details key " + file, e);
        }
    }

    private static void setOwnerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file stays under the user's profile
        }
    }

    private static byte[] decode(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not base64", e);
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException(source + " must be " + KEY_BYTES + " bytes (AES-256), base64-encoded; it is "
                    + bytes.length + " bytes");
        }
        return bytes;
    }
}
