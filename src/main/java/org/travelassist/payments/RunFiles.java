package org.travelassist.payments;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.travelassist.payments.internal.BacsFile;
import org.travelassist.payments.internal.PaymentInstruction;
import org.travelassist.payments.internal.PaymentInstructionRepository;
import org.travelassist.payments.internal.PaymentRun;
import org.travelassist.payments.internal.PaymentRunRepository;
import org.travelassist.payments.internal.PaymentSettings;
import org.travelassist.payments.internal.RunCsv;
import org.travelassist.payments.internal.RunDates;
import org.travelassist.security.AppRoles;
import org.travelassist.shared.CouncilProfile;
import org.travelassist.shared.GovukDates;
import org.travelassist.shared.RecordRead;

/**
 * The files finance hands to the bank or the finance system for an approved BACS run: the Standard 18 file, and the
 * same run as a CSV. Both carry full bank details, so only finance officers download them, and each download is
 * audited. They are made from the approved payments, which cannot change, so a run always gives the same files.
 * A gateway's run (Stripe) has neither: it is paid by the gateway, and a file of it could pay the families twice.
 */
@Service
@PreAuthorize("hasRole('" + AppRoles.FINANCE + "')")
public class RunFiles {

    private final PaymentRunRepository runs;
    private final PaymentInstructionRepository instructions;
    private final CouncilProfile council;
    private final ApplicationEventPublisher events;

    RunFiles(PaymentRunRepository runs, PaymentInstructionRepository instructions, CouncilProfile council, ApplicationEventPublisher events) {
        this.runs = runs;
        this.instructions = instructions;
        this.council = council;
        this.events = events;
    }

    /** The run's BACS Standard 18 file, dated the day of approval. */
    @Transactional(readOnly = true)
    public RunFile bacsFile(UUID runId) {
        PaymentRun run = approvedBacsRun(runId, "The BACS file");
        CouncilProfile.Bacs bacs = council.bacs();
        if (bacs == null) {
            throw new InvalidPaymentException("The council's BACS details are not set up (travelassist.council.bacs.*)");
        }
        var credits = instructions.inRun(runId).stream()
                .map(i -> new BacsFile.Credit(i.payee().sortCode(), i.payee().accountNumber(), i.payee().accountName(), i.amount(),
                        i.statementReference()))
                .toList();
        LocalDate created = LocalDate.ofInstant(Objects.requireNonNull(run.approvedAt()), GovukDates.LONDON);
        byte[] content = BacsFile.bytes(BacsFile.write(bacs, run.runNumber(), created, RunDates.processingDay(run.runDate()), credits));
        return audited(run, new RunFile("bacs-run-" + run.runNumber() + ".txt", "text/plain", content), "BACS file");
    }

    /** The same run as a CSV ({@link RunCsv}): one row per payment, in the BACS file's order. */
    @Transactional(readOnly = true)
    public RunFile csvFile(UUID runId) {
        PaymentRun run = approvedBacsRun(runId, "The CSV of the run");
        List<RunCsv.Row> rows = instructions.inRun(runId).stream().map(i -> row(i, run.runDate())).toList();
        return audited(run, new RunFile("payments-run-" + run.runNumber() + ".csv", "text/csv", RunCsv.write(rows)), "CSV");
    }

    private static RunCsv.Row row(PaymentInstruction i, LocalDate paymentDate) {
        var payee = i.payee();
        return new RunCsv.Row(i.statementReference(), payee.accountName(), payee.sortCode(), payee.accountNumber(), payee.rollNumber(),
                i.amount(), paymentDate, i.description(), i.getId());
    }

    private PaymentRun approvedBacsRun(UUID runId, String what) {
        PaymentRun run = runs.findById(runId).orElseThrow(() -> new InvalidPaymentException("There is no payment run " + runId));
        if (!PaymentSettings.BACS.equals(run.gateway())) {
            throw new InvalidPaymentException(run.name() + " is paid through " + run.gateway() + ", so it has no file to send: "
                    + "a file of it could pay the families twice");
        }
        if (!run.status().isFixed()) {
            throw new InvalidPaymentException(what + " is ready once a second finance officer has approved the run");
        }
        return run;
    }

    private RunFile audited(PaymentRun run, RunFile file, String kind) {
        events.publishEvent(new RecordRead(PaymentRuns.RUN, run.getId().toString(), null, kind + " " + file.name()));
        return file;
    }
}
