package org.compliancebridge.export;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * The temporary file in which SXSSF keeps a sheet's rows until the workbook is written, encrypted with a one-time
 * AES-256/CTR key that exists only in memory (JCE, nothing hand-written). SXSSF otherwise leaves workspace content in
 * plaintext in the temp folder while an export runs, and in freed disk blocks after it: TRUST.md promises no
 * plaintext outside explicit exports. Rows are written through {@link UnsynchronizedWriter} (POI's writer takes a
 * lock per character).
 */
class EncryptedSheetDataWriter extends SheetDataWriter {
    private static final SecureRandom RANDOM = new SecureRandom();
    // Not final: SheetDataWriter's constructor opens the temp file (and so calls decorateOutputStream) before the
    // fields of this subclass are initialised; the key is made on first use.
    private SecretKeySpec key;
    private IvParameterSpec iv;

    /** Uncompressed (faster) temp files. */
    EncryptedSheetDataWriter() throws IOException {
        super();
    }

    /**
     * Gzip before encrypting: for exports whose temp files could be very large (a long audit trail), at about twice
     * the CPU time. A method, not a field: it is read while the super constructor opens the file.
     */
    boolean compress() {
        return false;
    }

    /** The compressed variant. */
    static final class Compressed extends EncryptedSheetDataWriter {
        Compressed() throws IOException {
            super();
        }

        @Override
        boolean compress() {
            return true;
        }
    }

    @Override
    public Writer createWriter(File fd) throws IOException {
        // A large buffer before the cipher: fewer, larger encryption calls.
        return new UnsynchronizedWriter(new OutputStreamWriter(new java.io.BufferedOutputStream(decorateOutputStream(
                new FileOutputStream(fd)), 1 << 16), StandardCharsets.UTF_8));
    }

    private void ensureKey() {
        if (key == null) {
            byte[] k = new byte[32];
            byte[] v = new byte[16];
            RANDOM.nextBytes(k);
            RANDOM.nextBytes(v);
            key = new SecretKeySpec(k, "AES");
            iv = new IvParameterSpec(v);
        }
    }

    private Cipher cipher(int mode) throws IOException {
        ensureKey();
        try {
            Cipher c = Cipher.getInstance("AES/CTR/NoPadding");
            c.init(mode, key, iv);
            return c;
        } catch (GeneralSecurityException e) {
            throw new IOException("AES/CTR is part of every Java runtime", e);
        }
    }

    @Override
    protected OutputStream decorateOutputStream(FileOutputStream fos) throws IOException {
        OutputStream encrypted = new CipherOutputStream(new java.io.BufferedOutputStream(fos, 1 << 16),
                cipher(Cipher.ENCRYPT_MODE));
        return compress() ? new java.util.zip.GZIPOutputStream(encrypted, 1 << 16) : encrypted;
    }

    @Override
    protected InputStream decorateInputStream(FileInputStream fis) throws IOException {
        InputStream decrypted = new java.io.BufferedInputStream(new CipherInputStream(new java.io.BufferedInputStream(
                fis, 1 << 16), cipher(Cipher.DECRYPT_MODE)), 1 << 16);
        return compress() ? new java.util.zip.GZIPInputStream(decrypted, 1 << 16) : decrypted;
    }
}
