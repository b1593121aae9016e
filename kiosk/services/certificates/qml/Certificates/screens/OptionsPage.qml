import QtQuick
import Kiosk
import Certificates

// 住民票の写し: the resident is asked whose entries and what else it shows; the least (only the
// resident, nothing more) is chosen until they say otherwise. The My Number is never printed.
FlowPage {
    id: page

    readonly property var model: CertificateService.model

    // A question and its answers, on one line where they fit.
    component Question: Flow {
        id: question
        property string text
        width: parent ? parent.width : 0
        spacing: App.theme.spacing
        Item {
            width: Math.min(label.implicitWidth, question.width)
            height: Math.max(label.implicitHeight, App.theme.touchTarget)
            KLabel {
                id: label
                anchors.verticalCenter: parent.verticalCenter
                width: parent.width
                text: question.text
                font.bold: true
            }
        }
    }

    title: qsTr("What should the certificate show?")
    instructions: qsTr("Choose only what you need. What you do not choose is not printed.")

    ScrollColumn {
        anchors.fill: parent
        spacing: App.theme.spacing * 1.5

        Question {
            text: qsTr("Whose entries should it show?")
            OptionChoice {
                objectName: "householdSelf"
                text: qsTr("Only me")
                checked: !page.model.wholeHousehold
                onClicked: page.model.setHousehold("self")
            }
            OptionChoice {
                objectName: "householdAll"
                text: qsTr("Everyone in my household")
                checked: page.model.wholeHousehold
                onClicked: page.model.setHousehold("all")
            }
        }

        Question {
            text: qsTr("Should it show the head of household and your relationship to them?")
            OptionChoice {
                objectName: "optionHeadNo"
                //: An answer to "Should it show …?" on the certificate's options.
                text: qsTr("Do not show")
                checked: !page.model.headRelationship
                onClicked: page.model.setOption("head_relationship", false)
            }
            OptionChoice {
                objectName: "optionHead"
                //: An answer to "Should it show …?" on the certificate's options.
                text: qsTr("Show")
                checked: page.model.headRelationship
                onClicked: page.model.setOption("head_relationship", true)
            }
        }

        Question {
            text: qsTr("Should it show the registered domicile and the head of the family register?")
            OptionChoice {
                objectName: "optionHonsekiNo"
                //: An answer to "Should it show …?" on the certificate's options.
                text: qsTr("Do not show")
                checked: !page.model.honseki
                onClicked: page.model.setOption("honseki", false)
            }
            OptionChoice {
                objectName: "optionHonseki"
                //: An answer to "Should it show …?" on the certificate's options.
                text: qsTr("Show")
                checked: page.model.honseki
                onClicked: page.model.setOption("honseki", true)
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
            onClicked: page.model.next()
        }
    ]
}
