namespace XinxingPortal.TechTransfer.Threads;

internal enum ThreadStatus
{
    Open,
    Agreed,     // 达成意向
    NotAgreed,  // 未达成
}
