<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>NoticeDetailScreen</name>
    <message>
        <source>Scan the QR code to read this notice on your phone.</source>
        <translation>Leia o QR code para ver este aviso no seu celular.</translation>
    </message>
    <message>
        <source>QR code for this notice</source>
        <translation>QR code deste aviso</translation>
    </message>
</context>
<context>
    <name>NoticesScreen</name>
    <message>
        <source>City notices</source>
        <translation>Avisos da prefeitura</translation>
    </message>
    <message>
        <source>Choose a notice to read it. You can also search by word.</source>
        <translation>Escolha um aviso para lê-lo. Você também pode pesquisar por palavra.</translation>
    </message>
    <message>
        <source>Search notices</source>
        <translation>Pesquisar avisos</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Atualizado em %1</translation>
    </message>
    <message>
        <source>No notices match your search.</source>
        <translation>Nenhum aviso corresponde à sua pesquisa.</translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Saúde</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Impostos</translation>
    </message>
    <message>
        <source>Garbage and recycling</source>
        <translation>Lixo e reciclagem</translation>
    </message>
    <message>
        <source>Disaster preparedness</source>
        <translation>Prevenção de desastres</translation>
    </message>
    <message>
        <source>Children and families</source>
        <translation>Crianças e famílias</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedimentos</translation>
    </message>
    <message>
        <source>City notices</source>
        <extracomment>Title of the home screen&apos;s tile for the city&apos;s notices.</extracomment>
        <translation>Avisos da prefeitura</translation>
    </message>
    <message>
        <source>News and events from the city. Take a notice home as a QR code.</source>
        <extracomment>Description on the home screen&apos;s tile for the city&apos;s notices.</extracomment>
        <translation>Notícias e eventos da cidade. Leve um aviso para casa como QR code.</translation>
    </message>
</context>
</TS>
