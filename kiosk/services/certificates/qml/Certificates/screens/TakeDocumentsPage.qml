import QtQuick
import Kiosk
import Certificates

// The certificates are in the tray: take them (a reminder comes if they stay there).
FlowPage {
    id: page

    readonly property string reminderText: qsTr("Your certificates are still in the tray. Please take them.")
    readonly property bool reminding: CertificateService.model.reminder

    // Heard as well as seen, whatever the speech setting: paper left behind holds personal data.
    onRemindingChanged: if (reminding) App.speech.alert(reminderText)

    title: qsTr("Take your certificates")
    instructions: qsTr("Take your certificates from the tray below, then touch the button.")

    ScrollColumn {
        anchors.fill: parent
        spacing: App.theme.spacing * 2

        Notice {
            objectName: "takeReminder"
            width: parent.width
            visible: CertificateService.model.reminder
            text: page.reminderText
        }
        KLabel {
            width: parent.width
            text: qsTr("Please check that every page is there.")
        }
    }

    actions: [
        ActionButton {
            objectName: "takenButton"
            text: qsTr("I have taken them")
            primary: true
            onClicked: CertificateService.model.documentsTaken()
        }
    ]
}
