import QtQuick
import Kiosk
import Certificates

// What will be printed and what it costs, before any money is asked for.
FlowPage {
    title: qsTr("Check your order")
    instructions: qsTr("If this is right, touch Pay. You can still go back.")

    Grid {
        anchors.centerIn: parent
        columns: 2
        columnSpacing: App.theme.spacing * 3
        rowSpacing: App.theme.spacing

        KLabel { text: qsTr("Certificate"); color: App.theme.mutedText }
        KLabel { text: CertificateService.model.chosenName; font.bold: true }

        KLabel { visible: CertificateService.model.hasOptions; text: qsTr("Whose entries"); color: App.theme.mutedText }
        KLabel {
            visible: CertificateService.model.hasOptions
            text: CertificateService.model.wholeHousehold ? qsTr("Everyone in my household") : qsTr("Only me")
            font.bold: true
        }

        KLabel { visible: CertificateService.model.hasOptions; text: qsTr("Also show"); color: App.theme.mutedText }
        Column {
            visible: CertificateService.model.hasOptions
            KLabel {
                visible: CertificateService.model.headRelationship
                text: qsTr("Head of household and relationship")
                font.bold: true
            }
            KLabel {
                visible: CertificateService.model.honseki
                text: qsTr("Registered domicile and head of family register")
                font.bold: true
            }
            KLabel {
                visible: !CertificateService.model.headRelationship && !CertificateService.model.honseki
                text: qsTr("Nothing else")
                font.bold: true
            }
        }

        KLabel { text: qsTr("Copies"); color: App.theme.mutedText }
        KLabel { text: CertificateService.model.copies.toString(); font.bold: true }

        KLabel { text: qsTr("Fee"); color: App.theme.mutedText }
        KLabel {
            objectName: "feeText"
            text: qsTr("%1 yen").arg(CertificateService.model.fee)
            font.bold: true
            font.pixelSize: App.theme.titleSize
        }
    }

    actions: [
        ActionButton {
            objectName: "payButton"
            text: qsTr("Pay")
            primary: true
            onClicked: CertificateService.model.confirm()
        }
    ]
}
