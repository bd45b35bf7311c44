package org.travelassist.payments.stripe.local;

import static org.travelassist.payments.stripe.local.Answers.expect;
import static org.travelassist.payments.stripe.local.Answers.ok;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.travelassist.payments.stripe.local.Answers.Answer;
import org.travelassist.payments.stripe.local.Answers.Stored;

/**
 * The fake's Connect: custom connected accounts with the family's bank account, transfers to them, and the payout
 * schedule that pays each account's balance to its bank ({@link #payOutBalances}). Each request is checked as Stripe
 * would, and what is wrong is reported.
 */
final class Connect {

    private final Answers answers;
    private final Events events;
    private final Map<String, JsonObject> accounts = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> transfers = Collections.synchronizedMap(new LinkedHashMap<>());
    /** Per connected account, the destination payments ("py_") not yet paid out. */
    private final Map<String, List<JsonObject>> unpaidBalance = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> payouts = new ConcurrentHashMap<>();
    /** Per payout, the balance transactions it paid out. */
    private final Map<String, List<JsonObject>> payoutTransactions = new ConcurrentHashMap<>();
    private final Set<String> failingAccountNumbers = ConcurrentHashMap.newKeySet();
    /** The accounts the portal deleted, in order, as they were before. */
    private final List<JsonObject> deleted = Collections.synchronizedList(new ArrayList<>());

    Connect(Answers answers, Events events) {
        this.answers = answers;
        this.events = events;
    }

    void failPayoutsTo(String accountNumber) {
        failingAccountNumbers.add(accountNumber);
    }

    List<JsonObject> transfers() {
        synchronized (transfers) {
            return transfers.values().stream().map(JsonObject::deepCopy).toList();
        }
    }

    List<JsonObject> accounts() {
        return accounts.values().stream().map(JsonObject::deepCopy).toList();
    }

    Stored createAccount(Map<String, String> form, String fingerprint) {
        List<String> wrong = new ArrayList<>();
        expect(wrong, form, "type", "custom");
        expect(wrong, form, "country", "GB");
        expect(wrong, form, "tos_acceptance[service_agreement]", "recipient");
        expect(wrong, form, "capabilities[transfers][requested]", "true");
        expect(wrong, form, "external_account[object]", "bank_account");
        expect(wrong, form, "external_account[country]", "GB");
        expect(wrong, form, "external_account[currency]", "gbp");
        String sortCode = form.getOrDefault("external_account[routing_number]", "");
        String accountNumber = form.getOrDefault("external_account[account_number]", "");
        if (!sortCode.matches("\\d{6}") || !accountNumber.matches("\\d{8}")) {
            wrong.add("a bank account needs a six-digit sort code and an eight-digit account number");
        }
        if (!wrong.isEmpty()) {
            return answers.refuse(fingerprint, "POST /v1/accounts", wrong);
        }
        var account = answers.object("account", answers.id("acct"));
        account.addProperty("type", "custom");
        account.addProperty("country", "GB");
        account.addProperty("payouts_enabled", true);
        account.add("metadata", Wire.metadata(form));
        account.addProperty("_account_number", accountNumber);
        accounts.put(account.get("id").getAsString(), account);
        return ok(fingerprint, Wire.withoutPrivateFields(account));
    }

    List<JsonObject> deletedAccounts() {
        synchronized (deleted) {
            return deleted.stream().map(JsonObject::deepCopy).toList();
        }
    }

    /**
     * DELETE /v1/accounts/{id}. As Stripe does for an account made with a live key (the portal's case in production),
     * it refuses while the account has a balance not yet paid out; an id it does not know is resource_missing.
     */
    Answer deleteAccount(String accountId) {
        var account = accounts.get(accountId);
        if (account == null) {
            return new Answer(404, Wire.error("invalid_request_error", "resource_missing", "No such account: '" + accountId + "'"));
        }
        if (!unpaidBalance.getOrDefault(accountId, List.of()).isEmpty()) {
            return new Answer(400, Wire.error("invalid_request_error", null, "For an account created with your live-mode key, you cannot "
                    + "delete the account when the balance in any currency is non-zero. Currencies with non-zero balances: gbp."));
        }
        accounts.remove(accountId);
        deleted.add(account.deepCopy());
        var answer = new JsonObject();
        answer.addProperty("id", accountId);
        answer.addProperty("object", "account");
        answer.addProperty("deleted", true);
        return new Answer(200, Wire.GSON.toJson(answer));
    }

    Stored createTransfer(Map<String, String> form, String fingerprint) {
        List<String> wrong = new ArrayList<>();
        String amount = form.getOrDefault("amount", "");
        if (!amount.matches("[1-9]\\d*")) {
            wrong.add("amount must be a positive whole number of pence, was '" + amount + "'");
        }
        expect(wrong, form, "currency", "gbp");
        String destination = form.getOrDefault("destination", "");
        if (!accounts.containsKey(destination)) {
            wrong.add("destination '" + destination + "' is not a connected account");
        }
        if (!form.containsKey("metadata[instruction_id]")) {
            wrong.add("metadata[instruction_id] is missing, so the transfer cannot be found again");
        }
        if (!form.containsKey("transfer_group")) {
            wrong.add("transfer_group is missing");
        }
        if (!wrong.isEmpty()) {
            return answers.refuse(fingerprint, "POST /v1/transfers", wrong);
        }
        var transfer = answers.object("transfer", answers.id("tr"));
        transfer.addProperty("amount", Long.parseLong(amount));
        transfer.addProperty("amount_reversed", 0);
        transfer.addProperty("currency", "gbp");
        transfer.addProperty("destination", destination);
        transfer.addProperty("description", form.get("description"));
        transfer.addProperty("transfer_group", form.get("transfer_group"));
        transfer.addProperty("reversed", false);
        transfer.add("metadata", Wire.metadata(form));
        var payment = answers.object("charge", answers.id("py"));
        payment.addProperty("amount", Long.parseLong(amount));
        payment.addProperty("currency", "gbp");
        payment.addProperty("source_transfer", transfer.get("id").getAsString());
        transfer.addProperty("destination_payment", payment.get("id").getAsString());
        transfers.put(transfer.get("id").getAsString(), transfer);
        synchronized (unpaidBalance) {
            unpaidBalance.computeIfAbsent(destination, a -> new ArrayList<>()).add(payment);
        }
        events.raise("transfer.created", transfer, null);
        return ok(fingerprint, transfer);
    }

    /** Stripe's payout schedule, run now: see {@link FakeStripe#payOutBalances()}. */
    List<JsonObject> payOutBalances() {
        List<JsonObject> made = new ArrayList<>();
        for (String account : List.copyOf(unpaidBalance.keySet())) {
            List<JsonObject> payments;
            synchronized (unpaidBalance) {
                payments = unpaidBalance.remove(account);
            }
            if (payments == null || payments.isEmpty()) {
                continue;
            }
            long amount = payments.stream().mapToLong(p -> p.get("amount").getAsLong()).sum();
            String bankAccount = accounts.get(account).get("_account_number").getAsString();
            boolean fails = failingAccountNumbers.contains(bankAccount);
            var payout = answers.object("payout", answers.id("po"));
            payout.addProperty("amount", amount);
            payout.addProperty("currency", "gbp");
            payout.addProperty("arrival_date", answers.now().getEpochSecond());
            payout.addProperty("status", fails ? "failed" : "paid");
            payout.addProperty("automatic", true);
            payout.addProperty("failure_code", fails ? "account_closed" : null);
            payout.addProperty("failure_message", fails ? "The bank account has been closed." : null);
            payouts.put(payout.get("id").getAsString(), payout);
            payoutTransactions.put(payout.get("id").getAsString(), payments.stream().map(payment -> {
                var transaction = answers.object("balance_transaction", answers.id("txn"));
                transaction.addProperty("type", "payment");
                transaction.addProperty("amount", payment.get("amount").getAsLong());
                transaction.addProperty("currency", "gbp");
                transaction.add("source", payment.deepCopy());
                return transaction;
            }).toList());
            made.add(payout.deepCopy());
            events.raise(fails ? "payout.failed" : "payout.paid", payout, account);
        }
        return made;
    }

    /** A GET this part answers; null when the path is not its. */
    @Nullable Answer read(String path, Map<String, String> query, @Nullable String account) {
        String[] parts = path.split("/");
        if (path.equals("/v1/transfers")) {
            String group = query.get("transfer_group");
            List<JsonObject> found;
            synchronized (transfers) {
                found = transfers.values().stream()
                        .filter(t -> group == null || group.equals(t.get("transfer_group").getAsString()))
                        .toList();
            }
            return new Answer(200, Wire.list("/v1/transfers", found));
        }
        if (parts.length == 4 && parts[2].equals("transfers") && transfers.containsKey(parts[3])) {
            return new Answer(200, Wire.GSON.toJson(transfers.get(parts[3])));
        }
        if (parts.length == 4 && parts[2].equals("payouts")) {
            var payout = payouts.get(parts[3]);
            if (payout != null && account != null && payoutTransactions.containsKey(parts[3]) && ownerOf(parts[3]).equals(account)) {
                return new Answer(200, Wire.GSON.toJson(payout));
            }
        }
        if (path.equals("/v1/balance_transactions") && account != null) {
            String payout = query.getOrDefault("payout", "");
            if (!query.getOrDefault("expand[0]", "").equals("data.source")) {
                answers.violation("GET /v1/balance_transactions without expand[]=data.source: the transfers are not visible");
            }
            if (payoutTransactions.containsKey(payout) && ownerOf(payout).equals(account)) {
                return new Answer(200, Wire.list("/v1/balance_transactions", payoutTransactions.get(payout)));
            }
        }
        return null;
    }

    private String ownerOf(String payoutId) {
        return payoutTransactions.get(payoutId).stream()
                .map(t -> t.getAsJsonObject("source").get("source_transfer").getAsString())
                .map(transfer -> transfers.get(transfer).get("destination").getAsString())
                .findFirst().orElse("");
    }
}
