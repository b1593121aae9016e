<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgePage</name>
    <message>
        <source>Your age</source>
        <translation>您的年龄</translation>
    </message>
    <message>
        <source>Type your age to see only the jobs open to it. Jobs with no age limit are always shown.</source>
        <translation>输入年龄后，只显示该年龄可以应聘的职位。没有年龄限制的职位始终显示。</translation>
    </message>
    <message>
        <source>Your age is used for this search only and forgotten when you finish.</source>
        <translation>年龄只用于本次搜索，结束后即被清除。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Take the age off</source>
        <translation>取消年龄条件</translation>
    </message>
    <message>
        <source>Use this age</source>
        <translation>按此年龄查找</translation>
    </message>
</context>
<context>
    <name>CategoryPage</name>
    <message>
        <source>Choose a kind of work. The number says how many jobs there are.</source>
        <translation>请选择职业类别。数字是职位的数量。</translation>
    </message>
    <message>
        <source>Jobs: %1</source>
        <translation>招聘 %1 条</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <source>Job details</source>
        <translation>招聘详情</translation>
    </message>
    <message>
        <source>Job number %1</source>
        <translation>招聘编号 %1</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>My slip (%1)</source>
        <translation>我的单据（%1 条）</translation>
    </message>
    <message>
        <source>Take off the slip</source>
        <translation>从单据中移除</translation>
    </message>
    <message>
        <source>Add to the slip</source>
        <translation>加入单据</translation>
    </message>
    <message>
        <source>Add to the slip (%1 of %2)</source>
        <translation>加入单据（第 %1 条，最多 %2 条）</translation>
    </message>
</context>
<context>
    <name>FiltersPage</name>
    <message>
        <source>Narrow down</source>
        <translation>按条件筛选</translation>
    </message>
    <message>
        <source>Jobs found: %1. Touch a condition to add it or take it off.</source>
        <translation>找到 %1 条招聘。点击条件可添加或取消。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2 条）</translation>
    </message>
    <message>
        <source>Take all conditions off</source>
        <translation>取消所有条件</translation>
    </message>
    <message>
        <source>Show the jobs (%1)</source>
        <translation>查看招聘（%1 条）</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Jobs found: %1. Choose one to see it in full.</source>
        <translation>找到 %1 条招聘。选择一条可查看详情。</translation>
    </message>
    <message>
        <source>Jobs found: %1</source>
        <translation>%1 条</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新优先</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>相关度优先</translation>
    </message>
    <message>
        <source>Narrow down</source>
        <translation>按条件筛选</translation>
    </message>
    <message>
        <source>Area, type of employment, wage and more, with the number of jobs</source>
        <translation>地区、雇用形式、工资等（附招聘数）</translation>
    </message>
    <message>
        <source>Touch to take this condition off</source>
        <translation>点击可取消此条件</translation>
    </message>
    <message>
        <source>No jobs match. Try other words or take a condition off.</source>
        <translation>没有符合的招聘。请换个词或取消某个条件。</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 / %2 页</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <source>My slip (%1)</source>
        <translation>我的单据（%1 条）</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Job search</source>
        <translation>找工作（招聘信息）</translation>
    </message>
    <message>
        <source>Type a word such as 介護 (kaigo) or 事務 (jimu), or choose a kind of work.</source>
        <translation>请输入“介護”“事務”等词语，或选择职业类别。</translation>
    </message>
    <message>
        <source>Words to search for</source>
        <translation>搜索词</translation>
    </message>
    <message>
        <source>Kinds of work, with the number of jobs</source>
        <translation>按职业类别查找（数字为招聘数）</translation>
    </message>
    <message>
        <source>Jobs: %1</source>
        <translation>招聘 %1 条</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
</context>
<context>
    <name>SlipPage</name>
    <message>
        <source>Please take your slip</source>
        <translation>请取走单据</translation>
    </message>
    <message>
        <source>Your slip for Hello Work</source>
        <translation>带去 Hello Work 的单据</translation>
    </message>
    <message>
        <source>Printing. Please wait a moment.</source>
        <translation>正在打印，请稍候。</translation>
    </message>
    <message>
        <source>Show it at the Hello Work counter to apply.</source>
        <translation>在 Hello Work 窗口出示即可办理应聘。</translation>
    </message>
    <message>
        <source>The slip could not be printed.</source>
        <translation>单据未能打印。</translation>
    </message>
    <message>
        <source>These jobs are printed in Japanese, each with its job number and a QR code.</source>
        <translation>以下招聘将用日语打印，每条附招聘编号和二维码。</translation>
    </message>
    <message>
        <source>Printing your slip…</source>
        <translation>正在打印单据…</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Hello Work office for this area:</source>
        <translation>本地区的 Hello Work：</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重新打印</translation>
    </message>
    <message>
        <source>Print the slip</source>
        <translation>打印单据</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>结束</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>The search could not be done right now. Please try again.</source>
        <translation>暂时无法搜索，请重试。</translation>
    </message>
    <message>
        <source>This job is no longer open. Please choose another one.</source>
        <translation>此招聘已结束，请选择其他招聘。</translation>
    </message>
    <message>
        <source>A slip holds up to five jobs. Take one off to add another.</source>
        <translation>一张单据最多 5 条招聘。要添加其他招聘，请先移除一条。</translation>
    </message>
    <message>
        <source>Choose one to five jobs for the slip.</source>
        <translation>请为单据选择 1 到 5 条招聘。</translation>
    </message>
    <message>
        <source>This kind of work is not in the list. Please choose another one.</source>
        <translation>列表中没有这个职业类别。请选择其他类别。</translation>
    </message>
    <message>
        <source>Please enter an age from 15 to 99.</source>
        <translation>请输入15岁到99岁之间的年龄。</translation>
    </message>
    <message>
        <source>No job is open to this age with the other conditions. Take a condition off.</source>
        <translation>在其他条件下，没有这个年龄可以应聘的职位。请取消某个条件。</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask the staff.</source>
        <translation>出现问题，请联系工作人员。</translation>
    </message>
    <message>
        <source>Job number</source>
        <translation>招聘编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Open until</source>
        <translation>介绍截止日</translation>
    </message>
    <message>
        <source>Kind of listing</source>
        <translation>招聘类别</translation>
    </message>
    <message>
        <source>Type of employment</source>
        <translation>雇用形式</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <source>Place of work</source>
        <translation>工作地点</translation>
    </message>
    <message>
        <source>Nearest station</source>
        <translation>最近车站</translation>
    </message>
    <message>
        <source>Wage</source>
        <translation>工资</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>所需经验</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>所需执照、资格</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>参加的保险</translation>
    </message>
    <message>
        <source>Openings</source>
        <translation>招聘人数</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>特色条件</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>地区（市区町村）</translation>
    </message>
    <message>
        <source>Railway line</source>
        <translation>铁路线</translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation>职业类别</translation>
    </message>
    <message>
        <source>Full or part time</source>
        <translation>全职・兼职</translation>
    </message>
    <message>
        <source>Wage at least</source>
        <translation>最低工资</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工作时段</translation>
    </message>
    <message>
        <source>%1 yen a month</source>
        <extracomment>A wage paid by the month, %1 being the amount or range in yen (月給 200,000円).</extracomment>
        <translation>月薪 %1 日元</translation>
    </message>
    <message>
        <source>%1 yen a day</source>
        <extracomment>A wage paid by the day, %1 being the amount or range in yen (日給 9,000円).</extracomment>
        <translation>日薪 %1 日元</translation>
    </message>
    <message>
        <source>%1 yen an hour</source>
        <extracomment>A wage paid by the hour, %1 being the amount or range in yen (時給 1,200円).</extracomment>
        <translation>时薪 %1 日元</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A range of two amounts or ages, %1 the lower and %2 the upper (200,000〜250,000).</extracomment>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>%1 min walk</source>
        <extracomment>Minutes on foot from the nearest station.</extracomment>
        <translation>步行 %1 分钟</translation>
    </message>
    <message>
        <source>%1 people</source>
        <extracomment>How many people the employer takes on.</extracomment>
        <translation>%1 人</translation>
    </message>
    <message>
        <source>%1 days a year</source>
        <extracomment>Days off in a year.</extracomment>
        <translation>年休 %1 天</translation>
    </message>
    <message>
        <source>Up to %1 years old</source>
        <extracomment>An age limit: up to %1 years old.</extracomment>
        <translation>%1 岁以下</translation>
    </message>
    <message>
        <source>%1 years old or more</source>
        <extracomment>An age limit: %1 years old or more.</extracomment>
        <translation>%1 岁以上</translation>
    </message>
    <message>
        <source>%1 to %2 years old</source>
        <extracomment>An age limit: from %1 to %2 years old.</extracomment>
        <translation>%1～%2 岁</translation>
    </message>
    <message>
        <source>Any age</source>
        <extracomment>No age limit.</extracomment>
        <translation>年龄不限</translation>
    </message>
    <message>
        <source>%1 years old</source>
        <extracomment>A person&apos;s age on the age filter&apos;s chip, %1 the years (35歳).</extracomment>
        <translation>%1岁</translation>
    </message>
    <message>
        <source>Enter your age</source>
        <extracomment>The chip that opens the pad for the job seeker&apos;s age.</extracomment>
        <translation>输入年龄</translation>
    </message>
    <message>
        <source>Change the age</source>
        <extracomment>The chip that opens the pad again to change the age chosen.</extracomment>
        <translation>更改年龄</translation>
    </message>
    <message>
        <source>Type your age, from 15 to 99.</source>
        <extracomment>On the age pad before an age is typed.</extracomment>
        <translation>请输入您的年龄（15岁到99岁）。</translation>
    </message>
    <message>
        <source>Counting the jobs…</source>
        <extracomment>On the age pad while the jobs open to the age typed are being counted.</extracomment>
        <translation>正在统计职位数量…</translation>
    </message>
    <message>
        <source>Jobs open to age %1: %2</source>
        <extracomment>On the age pad: %1 the age typed, %2 how many jobs are open to it.</extracomment>
        <translation>%1岁可应聘的职位：%2个</translation>
    </message>
    <message>
        <source>All jobs in %1</source>
        <extracomment>A button for a whole 職種 group, %1 its name (介護、福祉のすべて).</extracomment>
        <translation>%1（全部）</translation>
    </message>
    <message>
        <source>Kinds of work in %1</source>
        <extracomment>Heading of a 職種 group&apos;s sub-categories on the filter screen, %1 the group&apos;s name.</extracomment>
        <translation>%1的细分类别</translation>
    </message>
    <message>
        <source>Not shown at the employer&apos;s request</source>
        <extracomment>The employer&apos;s name is not shown (公開範囲).</extracomment>
        <translation>应用人单位要求不公开</translation>
    </message>
    <message>
        <source>Regular employee</source>
        <translation>正式员工</translation>
    </message>
    <message>
        <source>Non-regular employee</source>
        <translation>非正式员工</translation>
    </message>
    <message>
        <source>Temporary agency worker (fixed term)</source>
        <translation>派遣员工（有期）</translation>
    </message>
    <message>
        <source>Temporary agency worker (no fixed term)</source>
        <translation>派遣员工（无固定期限）</translation>
    </message>
    <message>
        <source>Part-time worker</source>
        <translation>兼职员工</translation>
    </message>
    <message>
        <source>Part-time agency worker (fixed term)</source>
        <translation>派遣兼职（有期）</translation>
    </message>
    <message>
        <source>Part-time agency worker (no fixed term)</source>
        <translation>派遣兼职（无固定期限）</translation>
    </message>
    <message>
        <source>Full time</source>
        <translation>全职</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>兼职</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般招聘</translation>
    </message>
    <message>
        <source>New graduates</source>
        <translation>应届、往届毕业生招聘</translation>
    </message>
    <message>
        <source>Seasonal</source>
        <translation>季节性招聘</translation>
    </message>
    <message>
        <source>Away from home</source>
        <translation>外出务工招聘</translation>
    </message>
    <message>
        <source>For people with disabilities</source>
        <translation>面向残障人士的招聘</translation>
    </message>
    <message>
        <source>Starts in the morning</source>
        <translation>早班（5点～10点开始）</translation>
    </message>
    <message>
        <source>Starts in the daytime</source>
        <translation>白天（10点～16点开始）</translation>
    </message>
    <message>
        <source>Starts in the evening</source>
        <translation>傍晚开始（16点～22点）</translation>
    </message>
    <message>
        <source>Night shift</source>
        <translation>夜班</translation>
    </message>
    <message>
        <source>Up to 5 hours</source>
        <translation>短时间（5小时以内）</translation>
    </message>
    <message>
        <source>Saturdays off</source>
        <translation>周六休息</translation>
    </message>
    <message>
        <source>Sundays off</source>
        <translation>周日休息</translation>
    </message>
    <message>
        <source>Public holidays off</source>
        <translation>节假日休息</translation>
    </message>
    <message>
        <source>Two days off every week</source>
        <translation>每周双休</translation>
    </message>
    <message>
        <source>120 days off a year or more</source>
        <translation>年休120天以上</translation>
    </message>
    <message>
        <source>No experience needed</source>
        <translation>无经验可</translation>
    </message>
    <message>
        <source>Any education</source>
        <translation>学历不限</translation>
    </message>
    <message>
        <source>Commuting by car allowed</source>
        <translation>可开私家车通勤</translation>
    </message>
    <message>
        <source>No transfers</source>
        <translation>无调动</translation>
    </message>
    <message>
        <source>Near a station</source>
        <translation>近车站（步行10分钟内）</translation>
    </message>
    <message>
        <source>Can become a regular employee</source>
        <translation>可转为正式员工</translation>
    </message>
    <message>
        <source>No overtime</source>
        <translation>无加班</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>有奖金</translation>
    </message>
    <message>
        <source>Childcare on site</source>
        <translation>有托儿设施</translation>
    </message>
    <message>
        <source>No document screening</source>
        <translation>无书面筛选</translation>
    </message>
    <message>
        <source>Work from home</source>
        <translation>居家办公</translation>
    </message>
    <message>
        <source>Over 60 welcome</source>
        <translation>欢迎60岁以上</translation>
    </message>
    <message>
        <source>Office work, management</source>
        <translation>事务、管理职位</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售（营业）</translation>
    </message>
    <message>
        <source>Shop work</source>
        <translation>零售</translation>
    </message>
    <message>
        <source>Service, cooking, hairdressing</source>
        <translation>接待、美容美发、烹饪、服务</translation>
    </message>
    <message>
        <source>Care, welfare</source>
        <translation>护理、福利</translation>
    </message>
    <message>
        <source>Childcare, teaching</source>
        <translation>保育、教育</translation>
    </message>
    <message>
        <source>Medicine, nursing</source>
        <translation>医疗、护理、保健</translation>
    </message>
    <message>
        <source>Manufacturing, repair, inspection</source>
        <translation>制造、维修、保养、检查、印刷</translation>
    </message>
    <message>
        <source>Engineering, IT, specialists</source>
        <translation>技术职位（建设、开发、IT）、专业职位</translation>
    </message>
    <message>
        <source>Construction, civil works, electrical</source>
        <translation>建筑、土木、电气工程</translation>
    </message>
    <message>
        <source>Security, building management</source>
        <translation>保安、设施管理、设备运行</translation>
    </message>
    <message>
        <source>Driving, delivery</source>
        <translation>运输（驾驶）、配送</translation>
    </message>
    <message>
        <source>Cleaning, warehouse, light work</source>
        <translation>清洁、仓库、包装、轻体力劳动</translation>
    </message>
    <message>
        <source>Farming, forestry, fishing</source>
        <translation>农业、林业、渔业</translation>
    </message>
    <message>
        <source>General office work</source>
        <translation>一般文员</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>财务、会计</translation>
    </message>
    <message>
        <source>General affairs, personnel</source>
        <translation>总务、人事</translation>
    </message>
    <message>
        <source>Sales office work</source>
        <translation>销售事务</translation>
    </message>
    <message>
        <source>Medical office work</source>
        <translation>医疗事务</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>管理职位</translation>
    </message>
    <message>
        <source>Sales to companies</source>
        <translation>企业客户销售</translation>
    </message>
    <message>
        <source>Sales to households</source>
        <translation>个人客户销售</translation>
    </message>
    <message>
        <source>Route sales</source>
        <translation>固定路线销售</translation>
    </message>
    <message>
        <source>Real estate sales</source>
        <translation>房地产销售</translation>
    </message>
    <message>
        <source>Shop assistant</source>
        <translation>店铺销售</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银</translation>
    </message>
    <message>
        <source>Food sales</source>
        <translation>食品销售</translation>
    </message>
    <message>
        <source>Convenience store, supermarket</source>
        <translation>便利店、超市</translation>
    </message>
    <message>
        <source>Cook</source>
        <translation>烹饪</translation>
    </message>
    <message>
        <source>Kitchen helper</source>
        <translation>厨房助手</translation>
    </message>
    <message>
        <source>Waiting on tables</source>
        <translation>餐厅服务</translation>
    </message>
    <message>
        <source>Barber, hairdresser</source>
        <translation>理发、美容</translation>
    </message>
    <message>
        <source>Hotel, inn</source>
        <translation>酒店、旅馆</translation>
    </message>
    <message>
        <source>Care worker</source>
        <translation>护理员</translation>
    </message>
    <message>
        <source>Home care</source>
        <translation>上门护理</translation>
    </message>
    <message>
        <source>Care manager</source>
        <translation>护理经理</translation>
    </message>
    <message>
        <source>Life support worker</source>
        <translation>生活支援员</translation>
    </message>
    <message>
        <source>Driving for care services</source>
        <translation>护理接送</translation>
    </message>
    <message>
        <source>Nursery teacher</source>
        <translation>保育员</translation>
    </message>
    <message>
        <source>Nursery assistant</source>
        <translation>保育助理</translation>
    </message>
    <message>
        <source>After-school club worker</source>
        <translation>课后托管指导员</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>讲师</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>护士</translation>
    </message>
    <message>
        <source>Assistant nurse</source>
        <translation>准护士</translation>
    </message>
    <message>
        <source>Nursing aide</source>
        <translation>护理助手</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>药剂师</translation>
    </message>
    <message>
        <source>Dental hygienist</source>
        <translation>牙科卫生士</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产制造</translation>
    </message>
    <message>
        <source>Assembly</source>
        <translation>组装</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检验</translation>
    </message>
    <message>
        <source>Machine maintenance</source>
        <translation>机械维护</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Programmer</source>
        <translation>程序员</translation>
    </message>
    <message>
        <source>Systems engineer</source>
        <translation>系统工程师</translation>
    </message>
    <message>
        <source>Design engineering</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>Research and development</source>
        <translation>研究开发</translation>
    </message>
    <message>
        <source>Building work</source>
        <translation>建筑作业</translation>
    </message>
    <message>
        <source>Civil engineering work</source>
        <translation>土木作业</translation>
    </message>
    <message>
        <source>Electrical work</source>
        <translation>电气施工</translation>
    </message>
    <message>
        <source>Site supervisor</source>
        <translation>施工管理</translation>
    </message>
    <message>
        <source>Building security</source>
        <translation>设施安保</translation>
    </message>
    <message>
        <source>Traffic guard</source>
        <translation>交通引导</translation>
    </message>
    <message>
        <source>Building equipment upkeep</source>
        <translation>设备管理</translation>
    </message>
    <message>
        <source>Apartment building caretaker</source>
        <translation>公寓管理员</translation>
    </message>
    <message>
        <source>Truck driver</source>
        <translation>卡车司机</translation>
    </message>
    <message>
        <source>Taxi driver</source>
        <translation>出租车司机</translation>
    </message>
    <message>
        <source>Bus driver</source>
        <translation>公交车司机</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>配送</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>清扫</translation>
    </message>
    <message>
        <source>Warehouse work</source>
        <translation>仓库作业</translation>
    </message>
    <message>
        <source>Order picking</source>
        <translation>拣货</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>包装</translation>
    </message>
    <message>
        <source>Light work</source>
        <translation>轻体力作业</translation>
    </message>
    <message>
        <source>Farm work</source>
        <translation>农业</translation>
    </message>
    <message>
        <source>Gardening, landscaping</source>
        <translation>园林绿化</translation>
    </message>
    <message>
        <source>Forestry</source>
        <translation>林业</translation>
    </message>
    <message>
        <source>Employment insurance</source>
        <translation>雇用保险</translation>
    </message>
    <message>
        <source>Workers&apos; accident insurance</source>
        <translation>工伤保险</translation>
    </message>
    <message>
        <source>Health insurance</source>
        <translation>健康保险</translation>
    </message>
    <message>
        <source>Employees&apos; pension</source>
        <translation>厚生年金</translation>
    </message>
    <message>
        <source>Public servants&apos; accident cover</source>
        <translation>公务灾害补偿</translation>
    </message>
    <message>
        <source>Savings scheme</source>
        <translation>财产形成储蓄</translation>
    </message>
    <message>
        <source>Company pension</source>
        <translation>企业年金</translation>
    </message>
    <message>
        <source>Retirement allowance</source>
        <translation>退休金制度</translation>
    </message>
    <message>
        <source>Retirement mutual aid</source>
        <translation>退休金互助</translation>
    </message>
    <message>
        <source>Job search</source>
        <extracomment>Title of the home screen&apos;s tile for the job search (Hello Work listings).</extracomment>
        <translation>找工作（招聘信息）</translation>
    </message>
    <message>
        <source>Hello Work job listings. Print a slip to take to the Hello Work counter.</source>
        <extracomment>Description on the home screen&apos;s tile for the job search.</extracomment>
        <translation>查找 Hello Work（公共职业安定所）的招聘信息。可打印带去窗口的单据。</translation>
    </message>
</context>
</TS>
