<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AgePage</name>
    <message>
        <source>Your age</source>
        <translation>年齢</translation>
    </message>
    <message>
        <source>Type your age to see only the jobs open to it. Jobs with no age limit are always shown.</source>
        <translation>年齢を入れると、その年齢で応募できる求人だけを表示します。年齢不問の求人はいつも表示されます。</translation>
    </message>
    <message>
        <source>Your age is used for this search only and forgotten when you finish.</source>
        <translation>年齢はこの検索だけに使い、終了すると消去します。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>訂正</translation>
    </message>
    <message>
        <source>Take the age off</source>
        <translation>年齢の条件をはずす</translation>
    </message>
    <message>
        <source>Use this age</source>
        <translation>この年齢で探す</translation>
    </message>
</context>
<context>
    <name>CategoryPage</name>
    <message>
        <source>Choose a kind of work. The number says how many jobs there are.</source>
        <translation>職種を選んでください。数字は求人の件数です。</translation>
    </message>
    <message>
        <source>Jobs: %1</source>
        <translation>求人 %1件</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <source>Job details</source>
        <translation>求人の詳細</translation>
    </message>
    <message>
        <source>Job number %1</source>
        <translation>求人番号 %1</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>読み上げる</translation>
    </message>
    <message>
        <source>My slip (%1)</source>
        <translation>印刷する求人（%1件）</translation>
    </message>
    <message>
        <source>Take off the slip</source>
        <translation>印刷する求人から外す</translation>
    </message>
    <message>
        <source>Add to the slip</source>
        <translation>印刷する求人に加える</translation>
    </message>
    <message>
        <source>Add to the slip (%1 of %2)</source>
        <translation>印刷する求人に加える（%1件目／%2件まで）</translation>
    </message>
</context>
<context>
    <name>FiltersPage</name>
    <message>
        <source>Narrow down</source>
        <translation>条件で絞り込む</translation>
    </message>
    <message>
        <source>Jobs found: %1. Touch a condition to add it or take it off.</source>
        <translation>%1件の求人があります。条件にさわると、加えたり外したりできます。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2件）</translation>
    </message>
    <message>
        <source>Take all conditions off</source>
        <translation>条件をすべて外す</translation>
    </message>
    <message>
        <source>Show the jobs (%1)</source>
        <translation>求人を見る（%1件）</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Searching…</source>
        <translation>検索しています…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Jobs found: %1. Choose one to see it in full.</source>
        <translation>%1件の求人があります。選ぶと詳しく見られます。</translation>
    </message>
    <message>
        <source>Jobs found: %1</source>
        <translation>%1件</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>新着順</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>関連度順</translation>
    </message>
    <message>
        <source>Narrow down</source>
        <translation>条件で絞り込む</translation>
    </message>
    <message>
        <source>Area, type of employment, wage and more, with the number of jobs</source>
        <translation>地域・雇用形態・賃金など（求人の数つき）</translation>
    </message>
    <message>
        <source>Touch to take this condition off</source>
        <translation>さわるとこの条件を外します</translation>
    </message>
    <message>
        <source>No jobs match. Try other words or take a condition off.</source>
        <translation>合う求人がありません。ほかのことばで探すか、条件を外してください。</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 前へ</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>次へ ▶</translation>
    </message>
    <message>
        <source>My slip (%1)</source>
        <translation>印刷する求人（%1件）</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Job search</source>
        <translation>仕事探し（求人検索）</translation>
    </message>
    <message>
        <source>Type a word such as 介護 (kaigo) or 事務 (jimu), or choose a kind of work.</source>
        <translation>「介護」「事務」などのことばを入力するか、職種を選んでください。</translation>
    </message>
    <message>
        <source>Words to search for</source>
        <translation>探したいことば</translation>
    </message>
    <message>
        <source>Kinds of work, with the number of jobs</source>
        <translation>職種から探す（数字は求人の数）</translation>
    </message>
    <message>
        <source>Jobs: %1</source>
        <translation>求人 %1件</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索する</translation>
    </message>
</context>
<context>
    <name>SlipPage</name>
    <message>
        <source>Please take your slip</source>
        <translation>用紙をお取りください</translation>
    </message>
    <message>
        <source>Your slip for Hello Work</source>
        <translation>ハローワークの窓口に持っていく用紙</translation>
    </message>
    <message>
        <source>Printing. Please wait a moment.</source>
        <translation>印刷しています。しばらくお待ちください。</translation>
    </message>
    <message>
        <source>Show it at the Hello Work counter to apply.</source>
        <translation>ハローワークの窓口で見せると、応募の手続きができます。</translation>
    </message>
    <message>
        <source>The slip could not be printed.</source>
        <translation>用紙を印刷できませんでした。</translation>
    </message>
    <message>
        <source>These jobs are printed in Japanese, each with its job number and a QR code.</source>
        <translation>次の求人を、求人番号とQRコードつきで印刷します。</translation>
    </message>
    <message>
        <source>Printing your slip…</source>
        <translation>印刷しています…</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>外す</translation>
    </message>
    <message>
        <source>Hello Work office for this area:</source>
        <translation>この地域のハローワーク：</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>もう一度印刷する</translation>
    </message>
    <message>
        <source>Print the slip</source>
        <translation>印刷する</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>終了する</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>The search could not be done right now. Please try again.</source>
        <translation>いま検索できませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>This job is no longer open. Please choose another one.</source>
        <translation>この求人は募集を終了しました。ほかの求人を選んでください。</translation>
    </message>
    <message>
        <source>A slip holds up to five jobs. Take one off to add another.</source>
        <translation>印刷できる求人は5件までです。ほかの求人を加えるには、どれかを外してください。</translation>
    </message>
    <message>
        <source>Choose one to five jobs for the slip.</source>
        <translation>印刷する求人を1件から5件まで選んでください。</translation>
    </message>
    <message>
        <source>This kind of work is not in the list. Please choose another one.</source>
        <translation>この職種は一覧にありません。ほかの職種を選んでください。</translation>
    </message>
    <message>
        <source>Please enter an age from 15 to 99.</source>
        <translation>15歳から99歳までの年齢を入れてください。</translation>
    </message>
    <message>
        <source>No job is open to this age with the other conditions. Take a condition off.</source>
        <translation>ほかの条件と合わせると、この年齢で応募できる求人はありません。条件をはずしてください。</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask the staff.</source>
        <translation>問題が起きました。係員にお声がけください。</translation>
    </message>
    <message>
        <source>Job number</source>
        <translation>求人番号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受付年月日</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>紹介期限日</translation>
    </message>
    <message>
        <source>Kind of listing</source>
        <translation>求人区分</translation>
    </message>
    <message>
        <source>Type of employment</source>
        <translation>雇用形態</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>仕事の内容</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>事業所名</translation>
    </message>
    <message>
        <source>Place of work</source>
        <translation>就業場所</translation>
    </message>
    <message>
        <source>Nearest station</source>
        <translation>最寄り駅</translation>
    </message>
    <message>
        <source>Wage</source>
        <translation>賃金</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>就業時間</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>休日</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齢</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学歴</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>必要な経験等</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>必要な免許・資格</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>加入保険等</translation>
    </message>
    <message>
        <source>Openings</source>
        <translation>求人数</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>こだわり条件</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>地域（市区町村）</translation>
    </message>
    <message>
        <source>Railway line</source>
        <translation>沿線</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>職種</translation>
    </message>
    <message>
        <source>Full or part time</source>
        <translation>フルタイム・パート</translation>
    </message>
    <message>
        <source>Wage at least</source>
        <translation>賃金の下限</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>就業時間帯</translation>
    </message>
    <message>
        <source>%1 yen a month</source>
        <extracomment>A wage paid by the month, %1 being the amount or range in yen (月給 200,000円).</extracomment>
        <translation>月給 %1円</translation>
    </message>
    <message>
        <source>%1 yen a day</source>
        <extracomment>A wage paid by the day, %1 being the amount or range in yen (日給 9,000円).</extracomment>
        <translation>日給 %1円</translation>
    </message>
    <message>
        <source>%1 yen an hour</source>
        <extracomment>A wage paid by the hour, %1 being the amount or range in yen (時給 1,200円).</extracomment>
        <translation>時給 %1円</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A range of two amounts or ages, %1 the lower and %2 the upper (200,000〜250,000).</extracomment>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <source>%1 min walk</source>
        <extracomment>Minutes on foot from the nearest station.</extracomment>
        <translation>徒歩%1分</translation>
    </message>
    <message>
        <source>%1 people</source>
        <extracomment>How many people the employer takes on.</extracomment>
        <translation>%1人</translation>
    </message>
    <message>
        <source>%1 days a year</source>
        <extracomment>Days off in a year.</extracomment>
        <translation>年間休日 %1日</translation>
    </message>
    <message>
        <source>Up to %1 years old</source>
        <extracomment>An age limit: up to %1 years old.</extracomment>
        <translation>%1歳以下</translation>
    </message>
    <message>
        <source>%1 years old or more</source>
        <extracomment>An age limit: %1 years old or more.</extracomment>
        <translation>%1歳以上</translation>
    </message>
    <message>
        <source>%1 to %2 years old</source>
        <extracomment>An age limit: from %1 to %2 years old.</extracomment>
        <translation>%1歳〜%2歳</translation>
    </message>
    <message>
        <source>Any age</source>
        <extracomment>No age limit.</extracomment>
        <translation>年齢不問</translation>
    </message>
    <message>
        <source>%1 years old</source>
        <extracomment>A person&apos;s age on the age filter&apos;s chip, %1 the years (35歳).</extracomment>
        <translation>%1歳</translation>
    </message>
    <message>
        <source>Enter your age</source>
        <extracomment>The chip that opens the pad for the job seeker&apos;s age.</extracomment>
        <translation>年齢を入れる</translation>
    </message>
    <message>
        <source>Change the age</source>
        <extracomment>The chip that opens the pad again to change the age chosen.</extracomment>
        <translation>年齢を変える</translation>
    </message>
    <message>
        <source>Type your age, from 15 to 99.</source>
        <extracomment>On the age pad before an age is typed.</extracomment>
        <translation>年齢を入れてください（15歳から99歳まで）。</translation>
    </message>
    <message>
        <source>Counting the jobs…</source>
        <extracomment>On the age pad while the jobs open to the age typed are being counted.</extracomment>
        <translation>求人の件数を数えています…</translation>
    </message>
    <message>
        <source>Jobs open to age %1: %2</source>
        <extracomment>On the age pad: %1 the age typed, %2 how many jobs are open to it.</extracomment>
        <translation>%1歳で応募できる求人：%2件</translation>
    </message>
    <message>
        <source>All jobs in %1</source>
        <extracomment>A button for a whole 職種 group, %1 its name (介護、福祉のすべて).</extracomment>
        <translation>%1のすべて</translation>
    </message>
    <message>
        <source>Kinds of work in %1</source>
        <extracomment>Heading of a 職種 group&apos;s sub-categories on the filter screen, %1 the group&apos;s name.</extracomment>
        <translation>「%1」のうち</translation>
    </message>
    <message>
        <source>Not shown at the employer&apos;s request</source>
        <extracomment>The employer&apos;s name is not shown (公開範囲).</extracomment>
        <translation>事業所の意向により非公開</translation>
    </message>
    <message>
        <source>Regular employee</source>
        <translation>正社員</translation>
    </message>
    <message>
        <source>Non-regular employee</source>
        <translation>正社員以外</translation>
    </message>
    <message>
        <source>Temporary agency worker (fixed term)</source>
        <translation>有期雇用派遣労働者</translation>
    </message>
    <message>
        <source>Temporary agency worker (no fixed term)</source>
        <translation>無期雇用派遣労働者</translation>
    </message>
    <message>
        <source>Part-time worker</source>
        <translation>パート労働者</translation>
    </message>
    <message>
        <source>Part-time agency worker (fixed term)</source>
        <translation>有期雇用派遣パート</translation>
    </message>
    <message>
        <source>Part-time agency worker (no fixed term)</source>
        <translation>無期雇用派遣パート</translation>
    </message>
    <message>
        <source>Full time</source>
        <translation>フルタイム</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>パート</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般求人</translation>
    </message>
    <message>
        <source>New graduates</source>
        <translation>新卒・既卒求人</translation>
    </message>
    <message>
        <source>Seasonal</source>
        <translation>季節求人</translation>
    </message>
    <message>
        <source>Away from home</source>
        <translation>出稼ぎ求人</translation>
    </message>
    <message>
        <source>For people with disabilities</source>
        <translation>障害のある方のための求人</translation>
    </message>
    <message>
        <source>Starts in the morning</source>
        <translation>朝から（5時〜10時開始）</translation>
    </message>
    <message>
        <source>Starts in the daytime</source>
        <translation>日中（10時〜16時開始）</translation>
    </message>
    <message>
        <source>Starts in the evening</source>
        <translation>夕方から（16時〜22時開始）</translation>
    </message>
    <message>
        <source>Night shift</source>
        <translation>夜勤</translation>
    </message>
    <message>
        <source>Up to 5 hours</source>
        <translation>短時間（5時間以内）</translation>
    </message>
    <message>
        <source>Saturdays off</source>
        <translation>土曜休み</translation>
    </message>
    <message>
        <source>Sundays off</source>
        <translation>日曜休み</translation>
    </message>
    <message>
        <source>Public holidays off</source>
        <translation>祝日休み</translation>
    </message>
    <message>
        <source>Two days off every week</source>
        <translation>完全週休二日制</translation>
    </message>
    <message>
        <source>120 days off a year or more</source>
        <translation>年間休日120日以上</translation>
    </message>
    <message>
        <source>No experience needed</source>
        <translation>未経験可</translation>
    </message>
    <message>
        <source>Any education</source>
        <translation>学歴不問</translation>
    </message>
    <message>
        <source>Commuting by car allowed</source>
        <translation>マイカー通勤可</translation>
    </message>
    <message>
        <source>No transfers</source>
        <translation>転勤なし</translation>
    </message>
    <message>
        <source>Near a station</source>
        <translation>駅近（徒歩10分以内）</translation>
    </message>
    <message>
        <source>Can become a regular employee</source>
        <translation>正社員登用あり</translation>
    </message>
    <message>
        <source>No overtime</source>
        <translation>残業なし</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>賞与あり</translation>
    </message>
    <message>
        <source>Childcare on site</source>
        <translation>託児施設あり</translation>
    </message>
    <message>
        <source>No document screening</source>
        <translation>書類選考なし</translation>
    </message>
    <message>
        <source>Work from home</source>
        <translation>在宅勤務</translation>
    </message>
    <message>
        <source>Over 60 welcome</source>
        <translation>60歳以上歓迎</translation>
    </message>
    <message>
        <source>Office work, management</source>
        <translation>事務、管理職</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>営業</translation>
    </message>
    <message>
        <source>Shop work</source>
        <translation>販売</translation>
    </message>
    <message>
        <source>Service, cooking, hairdressing</source>
        <translation>接客、理美容、調理、サービス</translation>
    </message>
    <message>
        <source>Care, welfare</source>
        <translation>介護、福祉</translation>
    </message>
    <message>
        <source>Childcare, teaching</source>
        <translation>保育、教育</translation>
    </message>
    <message>
        <source>Medicine, nursing</source>
        <translation>医療、看護、保健</translation>
    </message>
    <message>
        <source>Manufacturing, repair, inspection</source>
        <translation>製造、修理、保全、検査、印刷</translation>
    </message>
    <message>
        <source>Engineering, IT, specialists</source>
        <translation>技術職（建設、開発、ＩＴ）、専門職</translation>
    </message>
    <message>
        <source>Construction, civil works, electrical</source>
        <translation>建築、土木、電気工事</translation>
    </message>
    <message>
        <source>Security, building management</source>
        <translation>警備、施設管理、設備運転</translation>
    </message>
    <message>
        <source>Driving, delivery</source>
        <translation>運輸（運転）、配送</translation>
    </message>
    <message>
        <source>Cleaning, warehouse, light work</source>
        <translation>清掃・洗浄、倉庫、包装、軽作業</translation>
    </message>
    <message>
        <source>Farming, forestry, fishing</source>
        <translation>農業、林業、漁業</translation>
    </message>
    <message>
        <source>General office work</source>
        <translation>一般事務</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>経理・会計</translation>
    </message>
    <message>
        <source>General affairs, personnel</source>
        <translation>総務・人事</translation>
    </message>
    <message>
        <source>Sales office work</source>
        <translation>営業事務</translation>
    </message>
    <message>
        <source>Medical office work</source>
        <translation>医療事務</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>管理職</translation>
    </message>
    <message>
        <source>Sales to companies</source>
        <translation>法人営業</translation>
    </message>
    <message>
        <source>Sales to households</source>
        <translation>個人営業</translation>
    </message>
    <message>
        <source>Route sales</source>
        <translation>ルート営業</translation>
    </message>
    <message>
        <source>Real estate sales</source>
        <translation>不動産営業</translation>
    </message>
    <message>
        <source>Shop assistant</source>
        <translation>店舗販売</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>レジ</translation>
    </message>
    <message>
        <source>Food sales</source>
        <translation>食品販売</translation>
    </message>
    <message>
        <source>Convenience store, supermarket</source>
        <translation>コンビニ・スーパー</translation>
    </message>
    <message>
        <source>Cook</source>
        <translation>調理</translation>
    </message>
    <message>
        <source>Kitchen helper</source>
        <translation>調理補助</translation>
    </message>
    <message>
        <source>Waiting on tables</source>
        <translation>ホール</translation>
    </message>
    <message>
        <source>Barber, hairdresser</source>
        <translation>理容・美容</translation>
    </message>
    <message>
        <source>Hotel, inn</source>
        <translation>ホテル・旅館</translation>
    </message>
    <message>
        <source>Care worker</source>
        <translation>介護職員</translation>
    </message>
    <message>
        <source>Home care</source>
        <translation>訪問介護</translation>
    </message>
    <message>
        <source>Care manager</source>
        <translation>ケアマネジャー</translation>
    </message>
    <message>
        <source>Life support worker</source>
        <translation>生活支援員</translation>
    </message>
    <message>
        <source>Driving for care services</source>
        <translation>介護送迎</translation>
    </message>
    <message>
        <source>Nursery teacher</source>
        <translation>保育士</translation>
    </message>
    <message>
        <source>Nursery assistant</source>
        <translation>保育補助</translation>
    </message>
    <message>
        <source>After-school club worker</source>
        <translation>学童指導員</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>講師</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>看護師</translation>
    </message>
    <message>
        <source>Assistant nurse</source>
        <translation>准看護師</translation>
    </message>
    <message>
        <source>Nursing aide</source>
        <translation>看護助手</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>薬剤師</translation>
    </message>
    <message>
        <source>Dental hygienist</source>
        <translation>歯科衛生士</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>製造</translation>
    </message>
    <message>
        <source>Assembly</source>
        <translation>組立</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>検査</translation>
    </message>
    <message>
        <source>Machine maintenance</source>
        <translation>機械保全</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Programmer</source>
        <translation>プログラマー</translation>
    </message>
    <message>
        <source>Systems engineer</source>
        <translation>システムエンジニア</translation>
    </message>
    <message>
        <source>Design engineering</source>
        <translation>設計</translation>
    </message>
    <message>
        <source>Research and development</source>
        <translation>研究開発</translation>
    </message>
    <message>
        <source>Building work</source>
        <translation>建築作業</translation>
    </message>
    <message>
        <source>Civil engineering work</source>
        <translation>土木作業</translation>
    </message>
    <message>
        <source>Electrical work</source>
        <translation>電気工事</translation>
    </message>
    <message>
        <source>Site supervisor</source>
        <translation>施工管理</translation>
    </message>
    <message>
        <source>Building security</source>
        <translation>施設警備</translation>
    </message>
    <message>
        <source>Traffic guard</source>
        <translation>交通誘導</translation>
    </message>
    <message>
        <source>Building equipment upkeep</source>
        <translation>設備管理</translation>
    </message>
    <message>
        <source>Apartment building caretaker</source>
        <translation>マンション管理員</translation>
    </message>
    <message>
        <source>Truck driver</source>
        <translation>トラック運転手</translation>
    </message>
    <message>
        <source>Taxi driver</source>
        <translation>タクシー運転手</translation>
    </message>
    <message>
        <source>Bus driver</source>
        <translation>バス運転手</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>配送</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>清掃</translation>
    </message>
    <message>
        <source>Warehouse work</source>
        <translation>倉庫作業</translation>
    </message>
    <message>
        <source>Order picking</source>
        <translation>ピッキング</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>包装</translation>
    </message>
    <message>
        <source>Light work</source>
        <translation>軽作業</translation>
    </message>
    <message>
        <source>Farm work</source>
        <translation>農業</translation>
    </message>
    <message>
        <source>Gardening, landscaping</source>
        <translation>造園</translation>
    </message>
    <message>
        <source>Forestry</source>
        <translation>林業</translation>
    </message>
    <message>
        <source>Employment insurance</source>
        <translation>雇用保険</translation>
    </message>
    <message>
        <source>Workers&apos; accident insurance</source>
        <translation>労災保険</translation>
    </message>
    <message>
        <source>Health insurance</source>
        <translation>健康保険</translation>
    </message>
    <message>
        <source>Employees&apos; pension</source>
        <translation>厚生年金</translation>
    </message>
    <message>
        <source>Public servants&apos; accident cover</source>
        <translation>公務災害補償</translation>
    </message>
    <message>
        <source>Savings scheme</source>
        <translation>財形</translation>
    </message>
    <message>
        <source>Company pension</source>
        <translation>企業年金</translation>
    </message>
    <message>
        <source>Retirement allowance</source>
        <translation>退職金制度</translation>
    </message>
    <message>
        <source>Retirement mutual aid</source>
        <translation>退職金共済</translation>
    </message>
    <message>
        <source>Job search</source>
        <extracomment>Title of the home screen&apos;s tile for the job search (Hello Work listings).</extracomment>
        <translation>仕事探し（求人検索）</translation>
    </message>
    <message>
        <source>Hello Work job listings. Print a slip to take to the Hello Work counter.</source>
        <extracomment>Description on the home screen&apos;s tile for the job search.</extracomment>
        <translation>ハローワークの求人を探せます。窓口に持っていく用紙を印刷できます。</translation>
    </message>
</context>
</TS>
