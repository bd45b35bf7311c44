package org.travelassist.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.travelassist.shared.CouncilProfile;
import org.travelassist.shared.RetentionPolicy;

/**
 * The privacy notice UK GDPR articles 13 and 14 require: who the controller is, why and on what lawful basis the
 * service uses personal data (a public task under the Education Act 1996), what it collects, including health data,
 * who it is shared with, how long it is kept, people's rights and how to complain. The retention periods are the ones
 * the retention job applies ({@link RetentionPolicy}), so the notice cannot promise what the service does not do.
 */
@Route(PrivacyNoticeView.ROUTE)
@PageTitle("Privacy notice - " + MainLayout.SERVICE_NAME)
@AnonymousAllowed
public class PrivacyNoticeView extends InformationPage {

    public static final String ROUTE = "privacy";

    PrivacyNoticeView(CouncilProfile council, RetentionPolicy retention) {
        super("Privacy notice", "privacy-heading");
        add(text("This notice explains how " + council.name() + " uses the information you give when you use "
                + MainLayout.SERVICE_NAME + " to check, apply for and follow help with your child's travel to school."));

        var controller = new Paragraph(council.name() + ", " + council.addressOnOneLine()
                + ", is the data controller for the information in this service.");
        controller.setId("privacy-controller");
        section("Who is responsible for your information", controller);

        section("Why we use your information",
                text("We use your information to:"),
                new BulletList("decide whether your child can get free travel to school, and what help to offer",
                        "arrange that travel, or pay a travel budget or mileage allowance",
                        "write to you about your application, a review or an appeal, and keep a record of decisions",
                        "let an adviser you choose help you with your application",
                        "prevent fraud and check that public money is spent correctly"));

        section("Our lawful basis",
                text("We use your information to carry out a task in the public interest that the law gives us (UK GDPR "
                        + "article 6(1)(e)): our duties under the Education Act 1996 to make travel arrangements for eligible "
                        + "children (section 508B) and to decide what other travel arrangements to make (section 509)."),
                text("Information about your child's health, disability or special educational needs is special category "
                        + "data. We use it because it is necessary for reasons of substantial public interest (UK GDPR "
                        + "article 9(2)(g)), for our statutory functions (Data Protection Act 2018, schedule 1, part 2, "
                        + "paragraph 6)."));

        section("What information we use",
                new BulletList("your name, email address, home address and postcode, and the names of others in your household",
                        "your child's name, date of birth, address and school",
                        "your child's special educational needs, education, health and care (EHC) plan, disability or "
                                + "mobility needs, and medical evidence you send (special category data)",
                        "whether your family is on a low income, such as receiving Universal Credit or free school meals",
                        "the walking route and distances we measured from your home to schools",
                        "the name and organisation of any adviser you choose to help you",
                        "bank details, if we pay you a travel budget or mileage allowance",
                        "a record of who looked at or changed your application, and when"),
                text("If you use the eligibility checker without signing in, we only use the postcode and date of birth "
                        + "you enter, to give you an answer."));

        section("Who we share it with",
                text("We only share what each needs:"),
                new BulletList("transport operators who carry your child, and your child's school",
                        "the independent appeal panel, if you appeal",
                        "an adviser, only if you give them consent, and only for as long as you choose",
                        "GOV.UK One Login, which checks who you are when you sign in",
                        "our email service (GOV.UK Notify, where the council uses it), which sends our emails",
                        "our bank, to make payments to you",
                        "auditors and fraud prevention bodies, where the law requires it"),
                text("We do not sell your information or use it for marketing."));

        var kept = text("We keep applications, decisions, reviews and appeals for " + RetentionPolicy.spoken(retention.applications())
                + " after the end of the school year in which your child's free travel could last end (the year they reach 16, or of "
                + "the last decision if that is later). We then remove your names, address, answers and notes, and keep only what "
                + "cannot identify you, for the council's figures. We delete the evidence you sent "
                + RetentionPolicy.spoken(retention.evidence()) + " and our letters " + RetentionPolicy.spoken(retention.letters())
                + " after the same day, and an application you never sent " + RetentionPolicy.spoken(retention.drafts())
                + " after you last changed it. We keep travel budgets for " + RetentionPolicy.spoken(retention.budgets())
                + ", mileage claims for " + RetentionPolicy.spoken(retention.claims()) + " and payment records for "
                + RetentionPolicy.spoken(retention.payments()) + " after the end of the financial year they belong to, as the law "
                + "requires for financial records; then we remove your names and bank details from them. We keep what you pay "
                + "us (such as a post-16 contribution) for " + RetentionPolicy.spoken(retention.contributions()) + ", and your card "
                + "payments for " + RetentionPolicy.spoken(retention.cardPayments()) + ", after the end of the financial year they "
                + "belong to; then we remove the reasons and your child's name, and keep only the amounts, dates and payment "
                + "references. If we could not send you an email, we delete it " + RetentionPolicy.spoken(retention.undeliveredEmails())
                + " after we stopped trying. Once we have nothing "
                + "left to pay you, we delete your bank details " + RetentionPolicy.spoken(retention.bankDetails())
                + " after the end of the financial year of your last payment. We delete a consent you gave an adviser "
                + RetentionPolicy.spoken(retention.consents()) + " after it ended. When nothing else about your child is kept and "
                + "nothing is open, we delete your child's details " + RetentionPolicy.spoken(retention.accounts())
                + " after you last changed them, and your account " + RetentionPolicy.spoken(retention.accounts())
                + " after anyone in your household last signed in. These periods come from " + retention.source() + ".");
        kept.setId("privacy-retention");
        section("How long we keep it", kept);

        section("Your rights",
                text("You have the right to:"),
                new BulletList("ask for a copy of the information we hold about you and your child",
                        "ask us to correct information that is wrong",
                        "ask us to restrict how we use your information, or object to our using it",
                        "ask us to delete your information, where we no longer need it for our duties"),
                text("To ask, contact our data protection officer. We will reply within one month."));

        var dpo = new Paragraph();
        dpo.add("Data protection officer, " + council.name() + ", " + council.addressOnOneLine() + ". Email: ");
        dpo.add(new Anchor("mailto:" + council.dataProtectionEmail(), council.dataProtectionEmail()));
        dpo.setId("privacy-dpo");
        section("Contact our data protection officer", dpo);

        var ico = new Paragraph();
        ico.add("If you are unhappy with how we have used your information, tell our data protection officer first. "
                + "You can also complain to the Information Commissioner's Office (ICO): ");
        ico.add(new Anchor("https://ico.org.uk/make-a-complaint/", "ico.org.uk/make-a-complaint"));
        ico.add(", telephone 0303 123 1113, or write to Information Commissioner's Office, Wycliffe House, Water Lane, "
                + "Wilmslow, Cheshire SK9 5AF.");
        ico.setId("privacy-ico");
        section("How to complain", ico);
    }
}
