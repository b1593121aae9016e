import QtQuick
import Kiosk
import Certificates

// 住民票の写し: whose entries, and what else it shows; the My Number is never printed.
FlowPage {
    title: qsTr("What should the certificate show?")
    instructions: CertificateService.model.chosenName

    ScrollColumn {
        anchors.fill: parent
        spacing: App.theme.spacing

        KLabel { text: qsTr("Whose entries"); font.bold: true }
        Flow {
            width: parent.width
            spacing: App.theme.spacing
            KButton {
                objectName: "householdSelf"
                text: qsTr("Only me")
                checkable: true
                checked: !CertificateService.model.wholeHousehold
                onClicked: CertificateService.model.setHousehold("self")
            }
            KButton {
                objectName: "householdAll"
                text: qsTr("Everyone in my household")
                checkable: true
                checked: CertificateService.model.wholeHousehold
                onClicked: CertificateService.model.setHousehold("all")
            }
        }

        KLabel { text: qsTr("Also show"); font.bold: true }
        Flow {
            width: parent.width
            spacing: App.theme.spacing
            KButton {
                objectName: "optionHead"
                text: qsTr("Head of household and relationship")
                checkable: true
                checked: CertificateService.model.headRelationship
                onClicked: CertificateService.model.setOption("head_relationship", !CertificateService.model.headRelationship)
            }
            KButton {
                objectName: "optionHonseki"
                text: qsTr("Registered domicile and head of family register")
                checkable: true
                checked: CertificateService.model.honseki
                onClicked: CertificateService.model.setOption("honseki", !CertificateService.model.honseki)
            }
        }

        Notice {
            width: parent.width
            text: qsTr("Your 12-digit My Number is never printed at this kiosk. If you need it on the certificate, please ask at the city office counter.")
        }
    }

    actions: [
        ActionButton {
            objectName: "nextButton"
            text: qsTr("Next")
            primary: true
            onClicked: CertificateService.model.next()
        }
    ]
}
