namespace Archive.Benchmarks.Corpus;

/// <summary>
/// The text model: the same original sentences, names and weights as the peer generator
/// (shared/peers/gen_corpus.py), so both sites are built from the same kind of text.
/// </summary>
public static class Vocabulary
{
    public sealed record Country(string Slug, string Name, string NameEn, int Weight);

    public static readonly Country[] Countries =
    [
        new("south-korea", "南韓", "South Korea", 10),
        new("north-korea", "北韓", "North Korea", 8),
        new("china", "中國", "China", 9),
        new("japan", "日本", "Japan", 8),
        new("taiwan", "台灣", "Taiwan", 6),
        new("united-states", "美國", "United States", 9),
        new("russia", "俄羅斯", "Russia", 5),
        new("philippines", "菲律賓", "Philippines", 4),
        new("ukraine", "烏克蘭", "Ukraine", 3),
        new("vietnam", "越南", "Vietnam", 3),
        new("india", "印度", "India", 2),
        new("mongolia", "蒙古", "Mongolia", 1),
    ];

    /// <summary>{A} and {B} are replaced with the article's country names.</summary>
    public static readonly string[] Sentences =
    [
        "{A}外交部今日表示，將與{B}就海上安全議題展開新一輪磋商，並希望雙方在年底前達成初步共識。",
        "分析人士指出，{A}近期的外交布局顯示其試圖在大國競爭之間保留更多迴旋空間。",
        "兩國官員在會後發表聯合聲明，強調維持區域和平穩定符合各方的共同利益。",
        "{B}駐{A}大使在記者會上回應提問時表示，雙邊關係的基礎依然穩固，但部分分歧仍需時間化解。",
        "這次會談的焦點之一是供應鏈韌性，雙方同意在半導體與關鍵礦產領域加強資訊交流。",
        "有學者認為，若缺乏制度化的溝通管道，偶發的軍事摩擦很可能升級為更嚴重的外交危機。",
        "{A}國會多名議員要求政府公開談判細節，並質疑相關協議是否經過充分的國內討論。",
        "根據官方公布的資料，雙邊貿易額在過去三年間持續成長，但結構性失衡的問題尚未改善。",
        "外界普遍關注{B}是否會在下個月的多邊峰會上提出新的區域安全倡議。",
        "漁業糾紛長期困擾兩國關係，近期又有數艘漁船在爭議海域遭到扣留。",
        "{A}領導人在演說中呼籲國際社會以對話取代對抗，並承諾擴大人道援助的規模。",
        "觀察家提醒，選舉年的國內政治壓力往往會使領導人在對外政策上採取較為強硬的姿態。",
        "雙方同意恢復中斷多年的副部長級戰略對話，並設立常設工作小組追蹤後續進度。",
        "{B}方面則強調，任何改變現狀的單方面行動都將對區域秩序造成難以估計的衝擊。",
        "聯合國安理會就此事召開閉門會議，但成員國之間的意見分歧使決議草案遲遲無法通過。",
        "部分智庫報告建議，{A}應該透過多邊機制分散風險，而非過度依賴單一盟友的安全承諾。",
        "邊境地區的居民表示，近來巡邏艦艇明顯增加，當地漁民出海作業時也更加謹慎。",
        "經濟制裁的實際效果仍有爭議，有研究指出受影響最深的往往是一般民眾而非決策者。",
        "{A}與{B}的外長在電話會談中交換了對半島局勢的看法，並同意保持密切聯繫。",
        "這份新簽署的備忘錄涵蓋能源、數位貿易與公共衛生等領域，被視為雙邊合作的重要里程碑。",
        "國防部發言人證實，軍方已偵測到不明飛行器進入防空識別區，並依照程序派機監控。",
        "多名前任外交官投書媒體，主張政府應該在人權議題上採取更一致且透明的立場。",
        "隨著網路攻擊事件頻傳，各國開始討論如何在既有國際法框架下界定網路空間的責任歸屬。",
        "民調顯示，{A}民眾對{B}的好感度在過去一年內出現明顯下滑，年輕族群的變化尤為顯著。",
        "雙方在聯合記者會上避談敏感議題，只以「坦率且具建設性」形容整場會談的氣氛。",
        "專家指出，區域內的軍備競賽若持續升溫，將使危機管控機制承受前所未有的壓力。",
        "{B}政府宣布將放寬部分出口管制措施，此舉被解讀為釋出改善關係的善意訊號。",
        "在人道救援方面，多個非政府組織呼籲相關各方開放通道，讓物資能夠盡快送達災區。",
        "這起事件再次凸顯，在缺乏互信的情況下，即使是技術層面的誤判也可能引發連鎖反應。",
        "會議結束後，{A}代表團團長表示，儘管仍有不少困難，但雙方已找到可以持續對話的基礎。",
    ];

    public static readonly string[] NoteSentences =
    [
        "此處所稱的「共識」並未形成書面文件，雙方事後的說法也不完全一致。",
        "這個說法與官方先前公布的時間表有出入，值得持續追蹤。",
        "引述的數字來自政府年度報告，尚未經過獨立機構查核。",
        "類似的措辭曾在過去的聯合聲明中出現，通常代表談判仍有保留。",
        "當時的國內輿論對此反應冷淡，主要媒體的報導篇幅也相當有限。",
        "這位官員隨後在另一個場合修正了自己的說法。",
        "相關條約的原文並未明確規範此種情況，因此各方解讀不同。",
        "此一事件的後續發展，可參考本站先前的追蹤報導。",
    ];

    public static readonly string[] NoteLabels = ["背景", "查核", "補充", "更正", "脈絡"];

    public static readonly (string Slug, string Name)[] Topics =
    [
        ("maritime-security", "海上安全磋商"), ("supply-chain", "供應鏈合作"), ("fisheries", "漁業糾紛"),
        ("strategic-dialogue", "戰略對話"), ("sanctions", "經濟制裁"), ("adiz", "防空識別區爭議"),
        ("cyber", "網路安全合作"), ("aid", "人道援助"), ("export-controls", "出口管制"),
        ("energy", "能源協議"), ("summit", "峰會籌備"), ("border", "邊境巡邏"),
    ];

    public static readonly string[] Outcomes = ["取得初步進展", "陷入僵局", "引發各方關注", "再起波瀾", "露出轉機", "出現新變數", "進入關鍵階段", "持續升溫"];
    public static readonly string[] TitlePrefixes = ["分析：", "焦點：", "快訊：", "觀察：", "獨家："];
    public static readonly string[] TitleContexts = ["新一輪", "年底前的", "峰會前夕的", "新政府上任後的", "選舉過後的", "危機升溫下的", "多邊框架下的", "閉門會談後的", "緊張情勢中的"];

    public static readonly (string Slug, string Name, string NameEn)[] IncidentKinds =
    [
        ("missile-launch", "飛彈試射", "missile launch"), ("fishing-dispute", "漁船糾紛", "fishing dispute"),
        ("airspace-incursion", "空域侵入", "airspace incursion"), ("cyber-attack", "網路攻擊", "cyber attack"),
        ("naval-standoff", "海上對峙", "naval standoff"), ("sanctions", "制裁升級", "sanctions escalation"),
        ("detention", "人員拘留", "detention"), ("border-clash", "邊境衝突", "border clash"),
        ("embassy-protest", "使館抗議", "embassy protest"), ("trade-ban", "貿易禁令", "trade ban"),
    ];

    public static readonly string[] Places = ["黃海", "東海", "南海", "日本海", "台灣海峽", "鴨綠江", "黑海", "白令海"];

    /// <summary>A quote neither starts nor ends with one of these.</summary>
    public const string Punctuation = "，。、；：「」『』（）！？";
}
