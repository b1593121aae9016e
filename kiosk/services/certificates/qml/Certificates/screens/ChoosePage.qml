pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk
import Certificates

// The certificates this resident may get, with their fees; the others greyed, saying why.
FlowPage {
    title: qsTr("Choose a certificate")
    instructions: qsTr("Fees are per copy.")

    // Two columns on a landscape panel, so all seven certificates show without scrolling.
    GridView {
        id: list
        objectName: "entitlementList"
        readonly property int columns: width > App.theme.touchTarget * 12 ? 2 : 1
        readonly property int rowHeight: Math.max(Math.round(App.theme.touchTarget * 1.3),
                                                  Math.round(App.theme.fontSize * 3.4))
        anchors.fill: parent
        clip: true
        cellWidth: Math.floor(width / columns)
        cellHeight: rowHeight + App.theme.spacing
        model: CertificateService.model.entitlements
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator { active: list.contentHeight > list.height }
        delegate: KButton {
            id: row
            required property string certificateId
            required property string name
            required property string feeText
            required property bool available
            required property string reasonText
            readonly property string fee: qsTr("%1 yen").arg(feeText)
            objectName: "certificate_" + certificateId
            width: list.cellWidth - (list.columns > 1 ? App.theme.spacing : 0)
            height: list.rowHeight
            enabled: available
            text: name
            detail: available ? fee : reasonText
            onClicked: CertificateService.model.choose(row.certificateId)
            contentItem: Item {
                implicitHeight: Math.max(nameLabel.implicitHeight, detailLabel.implicitHeight)
                KLabel {
                    id: nameLabel
                    anchors.left: parent.left
                    anchors.right: detailLabel.left
                    anchors.rightMargin: App.theme.spacing
                    anchors.verticalCenter: parent.verticalCenter
                    text: row.name
                    font.bold: true
                    wrapMode: Text.Wrap
                    color: row.available ? App.theme.text : App.theme.disabledText
                }
                KLabel {
                    id: detailLabel
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    width: row.available ? implicitWidth : parent.width * 0.5
                    horizontalAlignment: Text.AlignRight
                    text: row.detail
                    color: row.available ? App.theme.text : App.theme.disabledText
                }
            }
        }
    }
}
