import QtQuick
import Kiosk
import Certificates

// What the service is, its fees and hours, who may use it and what a wrong PIN does, before
// anything is read: agreeing goes on, not agreeing leaves.
FlowPage {
    id: page

    readonly property var model: CertificateService.model
    readonly property var fees: model.feeRange
    readonly property var hours: model.openingHours
    readonly property string closed: model.closedRuns
        .map(run => run[0] === run[1] ? run[0] : qsTr("%1 to %2").arg(run[0]).arg(run[1]))
        .join(" / ")

    title: qsTr("Certificates with your My Number card")
    instructions: qsTr("Please read this, then touch Agree.")

    ScrollColumn {
        anchors.fill: parent
        spacing: App.theme.spacing * 1.5

        KLabel {
            width: parent.width
            text: qsTr("You can get certificates such as the certificate of residence here, with your My Number card and its 4-digit PIN.")
        }
        KLabel {
            objectName: "termsWho"
            width: parent.width
            text: qsTr("Who can use it: residents registered in this city, aged 15 or over, whose My Number card holds the electronic certificate for user identification.")
        }
        KLabel {
            objectName: "termsFees"
            width: parent.width
            text: page.fees.length === 0
                ? qsTr("Fees: the fee of each certificate is shown before you choose it.")
                : page.fees[0] === page.fees[1]
                  ? qsTr("Fees: %1 yen per copy.").arg(page.fees[0])
                  : qsTr("Fees: %1 to %2 yen per copy, depending on the certificate.")
                        .arg(page.fees[0]).arg(page.fees[1])
        }
        KLabel {
            objectName: "termsHours"
            width: parent.width
            text: (page.hours.length === 0
                   ? qsTr("Hours: open 24 hours a day.")
                   : qsTr("Hours: every day from %1 to %2.").arg(page.hours[0]).arg(page.hours[1]))
                + (page.closed.length > 0 ? " " + qsTr("Closed: %1.").arg(page.closed) : "")
        }
        KLabel {
            width: parent.width
            text: qsTr("The fee is shown before you pay. You pay only after you have agreed to it, and if the certificates cannot be printed your money is returned.")
        }
        Notice {
            objectName: "termsPinLock"
            width: parent.width
            text: qsTr("If the PIN is entered wrongly %1 times in a row, it is locked and the card can no longer be used here. Only the city office counter can unlock it.")
                .arg(page.model.pinTries)
        }
        KLabel {
            width: parent.width
            text: qsTr("The kiosk reads only the card's electronic certificate for identification. Your 12-digit My Number is never read and never printed.")
        }
    }

    actions: [
        ActionButton {
            objectName: "declineButton"
            text: qsTr("Do not agree")
            onClicked: page.model.declineTerms()
        },
        ActionButton {
            objectName: "agreeButton"
            text: qsTr("Agree")
            primary: true
            onClicked: page.model.acceptTerms()
        }
    ]
}
