pmSearch.shard("66-69",{"files":[2,2],"fires":[0,2]});
